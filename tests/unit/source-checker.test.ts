/** `npm run check-sources` against a local server on 127.0.0.2, taken as public, whose hostile redirects lead to the same server on 127.0.0.1. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUrl, runChecks, userAgent, type CaseSource } from '../../scripts/check-sources.ts';
import { ROOT } from '../support/astro-build';
import { parseSourceChecks } from '../../src/lib/content/source-checks.ts';
import { scratchForFile } from '../support/scratch';

const scratch = scratchForFile('source-checks-');
const TODAY = '2026-12-01';
const SECRET = 'SECRET-TOKEN-123';
let servers: Server[] = [];
let port = 0;
let origin = '';
const agents: string[] = [];
/** Requests that reached the server's internal page: none may. */
const internal: string[] = [];

beforeAll(async () => {
  const handler: RequestListener = (request, response) => {
    agents.push(request.headers['user-agent'] ?? '');
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/internal-admin') internal.push(request.url!);
    if (path === '/never') return; // holds the connection open and never answers
    const [status, location] = routes()[path] ?? [404];
    response.writeHead(status, location === undefined ? { 'Content-Type': 'text/html' } : { Location: location }).end('<p>page</p>');
  };
  const listen = (server: Server, address: string) => new Promise<Server>((resolve) => server.listen(port, address, () => resolve(server)));
  servers = [await listen(createServer(handler), '127.0.0.1')];
  port = (servers[0].address() as AddressInfo).port;
  servers.push(await listen(createServer(handler), '127.0.0.2'));
  origin = `http://127.0.0.2:${port}`;
});
afterAll(async () => {
  for (const server of servers) server.closeAllConnections();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

const internalPage = () => `:${port}/internal-admin?token=${SECRET}`;
const routes = (): Record<string, [number, string?]> => ({
  '/ok': [200],
  '/elsewhere': [200],
  '/internal-admin': [200],
  '/moved': [301, '/ok'],
  '/removed': [410],
  '/broken': [500],
  '/loop': [302, '/loop'],
  '/with-token': [302, `/elsewhere?token=${SECRET}#${SECRET}`],
  '/to-loopback': [302, `http://127.0.0.1${internalPage()}`],
  '/to-mapped': [307, `http://[::ffff:127.0.0.1]${internalPage()}`],
  '/to-metadata': [302, `http://169.254.169.254/latest/meta-data/?token=${SECRET}`],
  '/to-file': [302, 'file:///etc/passwd'],
  '/to-localhost': [308, `http://localhost${internalPage()}`],
  '/to-password': [302, `http://admin:${SECRET}@127.0.0.2:${port}/ok`],
  '/twice': [301, '/to-loopback'],
});

const options = () => ({
  timeoutMs: 10_000,
  userAgent: userAgent('https://cases.example.org'),
  today: TODAY,
  testAddress: '127.0.0.2',
});

describe('checking sources against a local server', () => {
  it('records each outcome, refuses every hop that is not public http(s), and never keeps a redirect’s query', async () => {
    const paths = ['/ok', '/moved', '/missing', '/removed', '/broken', '/loop', '/with-token', '/to-loopback', '/to-mapped', '/to-metadata', '/to-file', '/to-localhost', '/to-password', '/twice'];
    const sources: CaseSource[] = [
      ...paths.map((path) => ({ slug: path.slice(1), url: `${origin}${path}` })),
      { slug: 'no-dns', url: 'http://no-such-host.invalid/report.html' },
      { slug: 'own-name-loopback', url: `http://localhost:${port}/internal-admin` },
    ];
    const file = join(scratch, 'checks.json');
    const { lines, wrote } = await runChecks(sources, file, options());
    expect(wrote).toBe(true);

    const text = readFileSync(file, 'utf8');
    const checks = parseSourceChecks(text, file);
    const check = (path: string) => checks.get(`${origin}${path}`);
    const day = { checked: TODAY };
    expect(check('/ok')).toEqual({ ...day, outcome: 'answers', status: 200 });
    expect(check('/moved')).toEqual({ ...day, outcome: 'redirected', status: 200, finalUrl: `${origin}/ok` });
    expect(check('/missing')).toEqual({ ...day, outcome: 'gone', status: 404 });
    expect(check('/removed')).toEqual({ ...day, outcome: 'gone', status: 410 });
    expect(check('/broken')).toEqual({ ...day, outcome: 'failing', status: 500 });
    expect(check('/loop')).toEqual({ ...day, outcome: 'failing', status: 302, detail: 'more than 10 redirects' });
    expect(check('/with-token')).toEqual({ ...day, outcome: 'redirected', status: 200, finalUrl: `${origin}/elsewhere`, trimmed: true });
    const refused = (detail: string) => ({ ...day, outcome: 'refused', detail });
    expect(check('/to-loopback')).toEqual(refused('redirect 1: not a public address'));
    expect(check('/to-mapped')).toEqual(refused('redirect 1: not a public address'));
    expect(check('/to-metadata')).toEqual(refused('redirect 1: not a public address'));
    expect(check('/to-file')).toEqual(refused('redirect 1: not http(s) (file:)'));
    expect(check('/to-localhost')).toEqual(refused('redirect 1: not a public address'));
    expect(check('/to-password')).toEqual(refused('redirect 1: holds a user name or password'));
    expect(check('/twice')).toEqual(refused('redirect 2: not a public address'));
    expect(checks.get(`http://localhost:${port}/internal-admin`)).toEqual(refused('the source address: not a public address'));
    expect(checks.get('http://no-such-host.invalid/report.html')).toMatchObject({ outcome: 'unreachable', detail: expect.stringMatching(/^DNS: /) });

    expect(internal).toEqual([]);
    for (const output of [text, lines.join('\n')]) {
      expect(output).not.toContain(SECRET);
      expect(output).not.toContain('internal-admin?');
      expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    }
    expect(lines).toHaveLength(sources.length + 1);
    expect(lines.find((line) => line.includes(' with-token: '))).toBe(
      `redirected  with-token: ${origin}/with-token → ${origin}/elsewhere (query or fragment left out)`,
    );
    expect(lines.find((line) => line.includes(' to-metadata: '))).toBe(`refused     to-metadata: ${origin}/to-metadata (redirect 1: not a public address)`);
    expect(lines.at(-1)).toBe(`16 source addresses checked: 1 answers, 2 redirected, 2 gone, 2 failing, 1 unreachable, 8 refused; written to ${file}.`);
    expect(new Set(agents)).toEqual(new Set(['Cases of the Primary-level Party Building link check (+https://cases.example.org)']));
  });

  it('gives up on a page that never answers', async () => {
    expect(await checkUrl(`${origin}/never`, { ...options(), timeoutMs: 200 })).toEqual({ checked: TODAY, outcome: 'unreachable', detail: 'timeout' });
  });
});

describe('the command', () => {
  /** A case file the build would accept, naming `url` as its source. */
  const caseFile = (order: number, url: string) =>
    `---\ntitle: Case ${order}\nsubtitle: A case\ncategory: urban\norder: ${order}\nplace:\n  name: A town\n  region: A region\n  country: China\n` +
    `summary: What happened.\nsource:\n  url: ${url}\n  publisher: A publisher\n  published: 2025-05-16\n---\n\nText.\n`;
  const run = (folder: string, file: string) =>
    spawnSync('npm', ['run', '--silent', 'check-sources', '--', '--timeout', '5000'], { cwd: ROOT, env: { ...process.env, CASES_DIR: folder, SOURCE_CHECKS: file }, encoding: 'utf8' });
  const before = '{\n  "checks": {\n    "http://example.org/a": { "checked": "2026-01-01", "outcome": "answers", "status": 200 }\n  }\n}\n';

  it('reads the folder as the build does, and without a network changes nothing, says so in one line and exits 0', () => {
    const folder = join(scratch, 'offline');
    mkdirSync(folder);
    writeFileSync(join(folder, 'one.mdx'), caseFile(1, 'http://no-such-host.invalid/report.html'));
    writeFileSync(join(folder, 'two.mdx'), caseFile(2, 'http://another-host.invalid/report.html'));
    writeFileSync(join(folder, '.hidden.mdx'), caseFile(3, 'http://hidden-host.invalid/report.html'));
    const file = join(scratch, 'offline.json');
    writeFileSync(file, before);
    const result = run(folder, file);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('.hidden.mdx: file: skipped: a hidden file, not a case');
    expect(result.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^No network: none of the 2 source addresses could be reached .*is unchanged\.$/)]);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('stops on a folder the build refuses, with the build’s message', () => {
    const folder = join(scratch, 'refused');
    mkdirSync(folder);
    writeFileSync(join(folder, 'passwd.mdx'), caseFile(1, 'file:///etc/passwd'));
    const file = join(scratch, 'refused.json');
    writeFileSync(file, before);
    const result = run(folder, file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('passwd.mdx:12: source.url: must be an absolute http:// or https:// address (got "file:///etc/passwd")');
    expect(result.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
