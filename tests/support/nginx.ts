/** A real nginx in the foreground, serving a build with the `_nginx.conf` it wrote, on a port the OS hands out. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { NGINX_CONFIG_FILE } from '../../src/lib/build/nginx.ts';

export interface Nginx {
  origin: string;
  /** nginx's error log so far, for a failing test's message. */
  errors: () => string;
  stop: () => Promise<void>;
}

/** nginx's executable: `NGINX_PATH`, Debian's, or the first on the PATH. */
export function findNginx(): string {
  const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx', ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'nginx'))];
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) throw new Error('No nginx found for the web-server tests: `apt-get install -y nginx` (Debian; .ci/run does it), or set NGINX_PATH');
  return found;
}

/** A port free at this moment, from the OS. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function mainConfig(prefix: string, root: string, port: number): string {
  return `daemon off;
master_process on;
worker_processes 1;
${process.getuid?.() === 0 ? 'user nobody nogroup;' : ''}
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 128; }
http {
  access_log ${prefix}/access.log;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${root};
    include ${join(root, NGINX_CONFIG_FILE)};
  }
}
`;
}

/** Ends `child` and resolves once it has ended. */
function end(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  child.kill('SIGTERM');
  return closed;
}

/** Starts nginx on `root` (a built site); tries another port if one is taken between asking and binding. */
export async function startNginx(root: string): Promise<Nginx> {
  const executable = findNginx();
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  const readLog = (name: string) => (existsSync(join(prefix, name)) ? readFileSync(join(prefix, name), 'utf8') : '');
  const errors = () => readLog('error.log');
  const accessLog = () => readLog('access.log');
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    writeFileSync(join(prefix, 'nginx.conf'), mainConfig(prefix, root, port));
    let output = '';
    const child = spawn(executable, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise<'exited'>((resolve) => child.once('close', () => resolve('exited')));
    // Ready when it answers with the site's home page; or it stopped, and says why.
    const deadline = Date.now() + 120_000; // generous for a loaded machine
    let ready = false;
    while (!ready && Date.now() < deadline) {
      // Ours, not another nginx that took the port between asking and binding: our access log has the request.
      const answer = fetch(`${origin}/`).then(
        (response) => response.ok && response.headers.get('server') === 'nginx' && accessLog().includes('"GET / '),
        () => false,
      );
      const outcome = await Promise.race([answer, exited]);
      if (outcome === 'exited') break;
      ready = outcome;
      if (!ready) await Promise.race([new Promise((resolve) => setTimeout(resolve, 100)), exited]);
    }
    if (ready) {
      return {
        origin,
        errors,
        stop: async () => {
          await end(child);
          rmSync(prefix, { recursive: true, force: true });
        },
      };
    }
    await end(child);
    const why = `${output}${errors()}`;
    if (/Address already in use/.test(why) && attempt < 5) continue;
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`nginx did not start on ${origin}:\n${why}`);
  }
}
