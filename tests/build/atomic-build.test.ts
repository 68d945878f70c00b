/**
 * A build is all or nothing: one real `npm run build` (scripts/build.ts) per kind
 * of failure, each into an output folder that holds an earlier build, which must be left
 * exactly as it was (every file's bytes, mode and time), with no staging folder left beside
 * it, and one message that says what failed and where.
 *
 * Case-file failures stop at content sync. Three rows prove that wiring (a syntax error, an
 * expression that must never run, a file that would not be published); every other refused
 * text or file name gets its message from the same functions, tested one by one in
 * tests/unit/prose.test.ts. A render error or `process.exit` can no longer come from a case
 * file (the prose checks refuse code), so those rows build a scratch copy of the project with
 * a page that fails; Pagefind's failure is a real Pagefind run replaced, through its own
 * PAGEFIND_BINARY_PATH, by a program that fails as a full disk does.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { appendFileSync, chmodSync, cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock } from '../../src/lib/build/lock.ts';
import { LOCAL_PORT, LOCAL_URL, SITE_URL_HINT } from '../../src/lib/site/address.ts';
import { buildLockPath } from '../../scripts/site-build.ts';
import { ROOT } from '../../scripts/lib/astro-build';
import { CASES_DIR } from '../support/content';
import { folderSnapshot } from '../support/folder-snapshot';
import { copyProject } from '../support/project-copy';
import { scratchForFile, scratchForTest } from '../support/scratch';

interface Row {
  kind: string;
  /** Prepares the row's cases folder (a copy of the real one) and project, and says how to build. */
  setup: (context: { cases: string; project: () => string; scratch: string }) => Partial<Run> | void;
  /** What the message must say. */
  message: RegExp;
  /** Not `--local`: the row is about a publishing build. */
  publishing?: boolean;
}

interface Run {
  cwd: string;
  env: Record<string, string>;
  /** Runs the build through this command first (e.g. to drop root's power to write anywhere). */
  prefix: string[];
  /** Undoes what the setup did that would stop the scratch folder from being removed. */
  cleanup: () => void;
}

/** An earlier build: pages in folders, a binary search chunk, the headers file. */
function writeEarlierBuild(dist: string): void {
  mkdirSync(join(dist, 'cases/baotou'), { recursive: true });
  mkdirSync(join(dist, 'pagefind/fragment'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>earlier build</title>');
  writeFileSync(join(dist, 'cases/baotou/index.html'), '<!doctype html><title>Baotou</title>');
  writeFileSync(join(dist, 'pagefind/fragment/en_1.pf_fragment'), Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 3]));
  writeFileSync(join(dist, '_headers'), '/*\n  X-Frame-Options: DENY\n');
}

/** Root may write anywhere: without this capability the folder's own permissions hold, as they do for everyone else. */
const asOrdinaryUser = (): string[] => (process.getuid?.() === 0 ? ['setpriv', '--bounding-set', '-dac_override,-dac_read_search', '--'] : []);

const append = (cases: string, text: string) => appendFileSync(join(cases, 'baotou.mdx'), text);
const failingPage = (project: string, body: string) => writeFileSync(join(project, 'src/pages/boom.astro'), `---\n${body}\n---\n<p>never</p>\n`);

const ROWS: Row[] = [
  {
    kind: 'MDX syntax: a bare < in prose',
    setup: ({ cases }) => append(cases, '\nFewer than <5 stations were closed.\n'),
    message: /cases\/baotou\.mdx:\d+:12: body: not valid MDX: Unexpected character after `<`/,
  },
  {
    kind: 'JavaScript expression',
    setup: ({ cases }) => append(cases, "\nThe result: {execSync('id').toString()}.\n"),
    message: /cases\/baotou\.mdx:\d+:13: body: \{execSync\('id'\)\.toString\(\)\} is a JavaScript expression/,
  },
  {
    kind: '.md file',
    setup: ({ cases }) => cpSync(join(cases, 'baotou.mdx'), join(cases, 'probe.md')),
    message: /probe\.md: file name: not a case file, so it would not be published: a case is <slug>\.mdx; rename it probe\.mdx/,
  },
  {
    kind: 'render error',
    setup: ({ project }) => {
      failingPage(project(), "throw new Error('boom: the page could not be rendered');");
      return { cwd: project(), cleanup: () => rmSync(join(project(), 'src/pages/boom.astro')) };
    },
    message: /^ {2}src\/pages\/boom\.astro: boom: the page could not be rendered$/m,
  },
  {
    kind: 'process.exit(0) in a page',
    setup: ({ project }) => {
      failingPage(project(), 'process.exit(0);');
      return { cwd: project(), cleanup: () => rmSync(join(project(), 'src/pages/boom.astro')) };
    },
    message: /the build ended \(exit code 0\) before it finished, without an error: something in the build \(a page, a component or an integration\) called process\.exit\(\)/,
  },
  {
    kind: 'Pagefind failure',
    setup: ({ scratch }) => {
      const fake = join(scratch, 'pagefind-disk-full');
      writeFileSync(fake, '#!/bin/sh\necho "Error: No space left on device (os error 28)" >&2\nexit 1\n', { mode: 0o755 });
      return { env: { PAGEFIND_BINARY_PATH: fake } };
    },
    message: /Search index: Pagefind failed to index the pages in .*:\n\s+- No space left on device \(os error 28\)\n\s+- \(Pagefind exited with code 1\)/,
  },
  {
    kind: 'concurrent build (--no-wait)',
    setup: () => ({ env: {}, prefix: [] }),
    message: new RegExp(`^Not building: another build is running in this checkout \\(pid ${process.pid}, \`atomic-build test\`, since `, 'm'),
  },
  {
    kind: 'read-only output folder',
    setup: ({ scratch }) => {
      chmodSync(join(scratch, 'site/dist'), 0o555);
      return { prefix: asOrdinaryUser(), cleanup: () => chmodSync(join(scratch, 'site/dist'), 0o755) };
    },
    message: /site\/dist\/ is read-only \((EACCES|EPERM|EROFS)\): a build replaces it as a whole/,
  },
  {
    kind: 'read-only folder around the output',
    setup: ({ scratch }) => {
      chmodSync(join(scratch, 'site'), 0o555);
      return { prefix: asOrdinaryUser(), cleanup: () => chmodSync(join(scratch, 'site'), 0o755) };
    },
    message: /cannot write beside .*site\/dist\/: .*site\/ is read-only \((EACCES|EPERM|EROFS)\); the new site is built there before it replaces the old/,
  },
  {
    kind: 'publishing build without a public address',
    publishing: true,
    setup: () => {},
    message: new RegExp(`^${SITE_URL_HINT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'),
  },
];

describe('a failed build leaves the earlier one exactly as it was', () => {
  const projectFolder = scratchForFile('atomic-build-project-');
  let project: string | undefined;
  /** One scratch copy of the project, made when a row first needs it, shared by the rows. */
  const sharedProject = () => (project ??= copyProject(join(projectFolder, 'project')));

  for (const row of ROWS) {
    it(row.kind, async () => {
      const scratch = scratchForTest('atomic-build-');
      const cases = join(scratch, 'cases');
      const dist = join(scratch, 'site/dist');
      cpSync(CASES_DIR, cases, { recursive: true });
      writeEarlierBuild(dist);
      const before = folderSnapshot(join(scratch, 'site'));

      const { cwd = ROOT, env = {}, prefix = [], cleanup = () => {} } = row.setup({ cases, project: sharedProject, scratch }) ?? {};
      const holdLock = row.kind.startsWith('concurrent');
      const release = holdLock ? await acquireLock(buildLockPath(ROOT), { wait: true, command: 'atomic-build test' }) : undefined;
      let result: SpawnSyncReturns<string>;
      try {
        const [command, ...args] = [...prefix, process.execPath, join(cwd, 'scripts/build.ts'), ...(row.publishing ? [] : ['--local']), ...(holdLock ? ['--no-wait'] : [])];
        const inherited = { ...process.env };
        delete inherited.SITE_URL;
        result = spawnSync(command, args, {
          cwd,
          env: { ...inherited, CASES_DIR: cases, OUT_DIR: dist, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
          encoding: 'utf8',
        });
      } finally {
        release?.();
        cleanup();
      }
      const output = `${result.stdout}\n${result.stderr}`;

      expect(result.status, output).not.toBe(0);
      expect(result.stderr, output).toMatch(row.message);
      // One message, not a stack trace.
      expect(result.stderr).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
      expect(folderSnapshot(join(scratch, 'site'))).toEqual(before);
      expect(readdirSync(join(scratch, 'site'))).toEqual(['dist']);
    }, 300_000);
  }
});

describe('npm start', () => {
  it('does not rebuild under a server already answering on its port', async () => {
    const scratch = scratchForTest('atomic-build-start-');
    const dist = join(scratch, 'dist');
    writeEarlierBuild(dist);
    const before = folderSnapshot(scratch);
    // Something answers at the port: this test's server, or, if the port is taken, whatever took it.
    const server = createServer((_request, response) => response.end('already serving'));
    await new Promise<void>((resolve) => server.once('error', () => resolve()).listen(LOCAL_PORT, 'localhost', resolve));
    try {
      const result = spawnSync(process.execPath, ['scripts/start.ts'], {
        cwd: ROOT,
        env: { ...process.env, OUT_DIR: dist, FORCE_COLOR: '0', NO_COLOR: '1' },
        encoding: 'utf8',
        timeout: 180_000, // generous for a loaded machine; it refuses at once
      });
      expect(result.status, `${result.stdout}${result.stderr}`).toBe(1);
      expect(result.stderr).toContain(`Something already answers at ${LOCAL_URL} (an earlier npm start?): open it there, or stop it first. Not rebuilding the site under a running server.`);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(folderSnapshot(scratch)).toEqual(before);
  });
});
