/**
 * `npm run check-sources` against a local HTTP server on a port the OS hands out: a page that
 * answers, one redirected to it, 404, 410, 500, one that never answers (the timeout, kept
 * short), and a host name that cannot resolve (`.invalid`, reserved for that). And the
 * command itself without a network: one line, exit 0, the file unchanged byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSourceChecks } from '../../src/lib/content/source-checks.ts';
import { readCaseSources, runChecks, userAgent, type CaseSource } from '../../scripts/source-checker.ts';
import { ROOT } from '../../scripts/lib/astro-build';
import { scratchForFile } from '../support/scratch';

const scratch = scratchForFile('source-checks-');
const TODAY = '2026-12-01';
let server: Server;
let origin = '';
const agents: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    agents.push(request.headers['user-agent'] ?? '');
    const status = { '/ok': 200, '/moved': 301, '/missing': 404, '/removed': 410, '/broken': 500 }[request.url ?? ''];
    if (request.url === '/never') return; // holds the connection open and never answers
    if (status === 301) response.writeHead(301, { Location: '/ok' }).end();
    else response.writeHead(status ?? 404, { 'Content-Type': 'text/html' }).end('<p>page</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Case files naming the given sources, as an editor writes them. */
function casesWith(sources: readonly CaseSource[], folder: string): string {
  mkdirSync(folder, { recursive: true });
  for (const { slug, url } of sources) writeFileSync(join(folder, `${slug}.mdx`), `---\ntitle: ${slug}\nsource:\n  url: ${url}\n---\n\nText.\n`);
  writeFileSync(join(folder, 'no-source.mdx'), '---\ntitle: No source\n---\n\nText.\n');
  return folder;
}

/** Long enough for a local answer on a loaded machine, short enough that the page that never answers costs little. */
const options = () => ({ timeoutMs: 5_000, userAgent: userAgent('https://cases.example.org'), today: TODAY });

describe('checking sources against a local server', () => {
  it('records each outcome, the status and the final address, one line per source and a summary', async () => {
    const sources: CaseSource[] = [
      { slug: 'answers', url: `${origin}/ok` },
      { slug: 'redirected', url: `${origin}/moved` },
      { slug: 'missing', url: `${origin}/missing` },
      { slug: 'removed', url: `${origin}/removed` },
      { slug: 'broken', url: `${origin}/broken` },
      { slug: 'never', url: `${origin}/never` },
      { slug: 'no-dns', url: 'http://no-such-host.invalid/report.html' },
    ];
    const file = join(scratch, 'checks.json');
    const found = readCaseSources(casesWith(sources, join(scratch, 'cases')));
    expect(found.map((source) => source.slug).sort()).toEqual(sources.map((source) => source.slug).sort());
    const { lines, wrote } = await runChecks(found, file, options());
    expect(wrote).toBe(true);
    const checks = parseSourceChecks(readFileSync(file, 'utf8'), file);
    const check = (path: string) => checks.get(path.startsWith('http') ? path : `${origin}${path}`);
    expect(check('/ok')).toEqual({ checked: TODAY, outcome: 'answers', status: 200, finalUrl: `${origin}/ok` });
    expect(check('/moved')).toEqual({ checked: TODAY, outcome: 'redirected', status: 200, finalUrl: `${origin}/ok` });
    expect(check('/missing')).toMatchObject({ outcome: 'gone', status: 404 });
    expect(check('/removed')).toMatchObject({ outcome: 'gone', status: 410 });
    expect(check('/broken')).toMatchObject({ outcome: 'failing', status: 500 });
    expect(check('/never')).toMatchObject({ outcome: 'unreachable', detail: 'timeout' });
    expect(check('http://no-such-host.invalid/report.html')).toMatchObject({ outcome: 'unreachable', detail: expect.stringMatching(/^DNS: /) });
    expect(lines).toHaveLength(sources.length + 1);
    expect(lines.find((line) => line.includes('redirected:'))).toContain(`→ ${origin}/ok`);
    expect(lines.at(-1)).toMatch(/^7 source addresses checked: .*1 answers.*2 gone.*; written to /);
    expect(agents.every((agent) => agent === 'Cases of the Primary-level Party Building link check (+https://cases.example.org)')).toBe(true);
  }, 60_000);

  it('without a network (no source gets any answer) changes nothing, says so in one line and exits 0', async () => {
    const file = join(scratch, 'unchanged.json');
    const before = '{\n  "checks": {\n    "http://example.org/a": { "checked": "2026-01-01", "outcome": "answers", "status": 200 }\n  }\n}\n';
    writeFileSync(file, before);
    // A port the OS handed out, closed again: nothing listens there, so the connection is
    // refused, as on a machine without a network; and a name that does not resolve.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const cases = casesWith(
      [
        { slug: 'refused', url: `http://127.0.0.1:${port}/report.html` },
        { slug: 'no-dns', url: 'http://no-such-host.invalid/report.html' },
      ],
      join(scratch, 'offline-cases'),
    );
    const result = spawnSync('npm', ['run', '--silent', 'check-sources', '--', '--timeout', '5000'], {
      cwd: ROOT,
      env: { ...process.env, CASES_DIR: cases, SOURCE_CHECKS: file },
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^No network: none of the 2 source addresses could be reached .*is unchanged\.$/)]);
    expect(readFileSync(file, 'utf8')).toBe(before);
  }, 60_000);
});
