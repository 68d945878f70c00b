/**
 * A build is all or nothing: one real build per way a failure reaches it, each over an earlier build
 * that must stay exactly as it was. Pagefind fails for real, through its own PAGEFIND_BINARY_PATH.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCAL_PORT, LOCAL_URL, SITE_URL_HINT } from '../../src/lib/site/address.ts';
import { lockCheckout } from '../../scripts/build.ts';
import { astroBuild, ROOT, type BuildOptions } from '../support/astro-build';
import { CASES_DIR } from '../support/content';
import { folderSnapshot } from '../support/folder-snapshot';
import { copyProject } from '../support/project-copy';
import { scratchForFile, scratchForTest } from '../support/scratch';

interface Row {
  kind: string;
  /** Prepares the row's cases folder (a copy of the real one) or project, and says how to build. */
  setup: (context: { cases: string; project: () => string; scratch: string }) => Run | void;
  /** What the message must say. */
  message: RegExp;
}

interface Run extends BuildOptions {
  env?: Record<string, string>;
  /** Undoes what the setup did, once the build has ended. */
  cleanup?: () => void | Promise<void>;
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
/** A page of the scratch project whose frontmatter runs `body`. */
function failingPage(project: string, body: string): Run {
  writeFileSync(join(project, 'src/pages/boom.astro'), `---\n${body}\n---\n<p>never</p>\n`);
  return { cwd: project, cleanup: () => rmSync(join(project, 'src/pages/boom.astro')) };
}
const readOnly = (folder: string): Run => {
  chmodSync(folder, 0o555);
  return { prefix: asOrdinaryUser(), cleanup: () => chmodSync(folder, 0o755) };
};

const ROWS: Row[] = [
  {
    kind: 'a case text the checks refuse',
    setup: ({ cases }) => append(cases, "\nThe result: {execSync('id').toString()}.\n"),
    message: /cases\/baotou\.mdx:\d+:13: body: \{execSync\('id'\)\.toString\(\)\} is a JavaScript expression/,
  },
  {
    kind: 'MDX syntax',
    setup: ({ cases }) => append(cases, '\nFewer than <5 stations were closed.\n'),
    message: /cases\/baotou\.mdx:\d+:12: Unexpected character after `<`/,
  },
  {
    kind: 'a page that throws, its message holding escape sequences',
    setup: ({ project }) => failingPage(project(), String.raw`throw new Error('boom \x1b[2J\x1b]8;;https://example.org\x07 the page could not be rendered');`),
    // Escaped, never printed raw (the test below asserts no ESC reaches the output).
    message: /^ {2}src\/pages\/boom\.astro: boom \\x1b\[2J\\x1b\]8;;https:\/\/example\.org\\x07 the page could not be rendered$/m,
  },
  {
    kind: 'process.exit(0) in a page',
    setup: ({ project }) => failingPage(project(), 'process.exit(0);'),
    message: /the build ended \(exit code 0\) before it finished, without an error: something in the build \(a page, a component or an integration\) called process\.exit\(\)/,
  },
  {
    kind: 'Pagefind failing',
    setup: ({ scratch }) => {
      const fake = join(scratch, 'pagefind-disk-full');
      writeFileSync(fake, '#!/bin/sh\necho "Error: No space left on device (os error 28)" >&2\nexit 1\n', { mode: 0o755 });
      return { env: { PAGEFIND_BINARY_PATH: fake } };
    },
    // Pagefind's Node API says only that its process is gone (its own words are in the log), or never answers.
    message: /^ {2}(Search index: Pagefind failed to index the pages: Pagefind backend closed|the build stopped before it finished \(exit code 13\))/m,
  },
  {
    kind: 'a build already running, with --no-wait',
    setup: () => ({ args: ['--no-wait'], cleanup: () => held?.() }),
    message: /^Not building: another build is running in this checkout \(`atomic-build test`, pid \d+, since [^)]+\)\.$/m,
  },
  {
    kind: 'read-only output folder',
    setup: ({ scratch }) => readOnly(join(scratch, 'site/dist')),
    message: /site\/dist\/ is read-only \((EACCES|EPERM|EROFS)\): a build replaces it as a whole/,
  },
  {
    kind: 'read-only folder around the output',
    setup: ({ scratch }) => readOnly(join(scratch, 'site')),
    message: /cannot write beside .*site\/dist\/: .*site\/ is read-only \((EACCES|EPERM|EROFS)\); the new site is built there before it replaces the old/,
  },
  {
    kind: 'a publishing build without a public address',
    setup: () => ({ env: { SITE_URL: '' } }),
    message: new RegExp(`^${SITE_URL_HINT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'),
  },
];
/** The lock the --no-wait row finds taken. */
let held: (() => Promise<void>) | undefined;

/** A scratch folder with a copy of the real cases and an earlier build in `site/dist`, and the snapshot of `site`. */
function scratchSite(prefix: string) {
  const scratch = scratchForTest(prefix);
  const cases = join(scratch, 'cases');
  const dist = join(scratch, 'site/dist');
  cpSync(CASES_DIR, cases, { recursive: true });
  writeEarlierBuild(dist);
  return { scratch, cases, dist, site: join(scratch, 'site'), before: folderSnapshot(join(scratch, 'site')) };
}

describe('a failed build leaves the earlier one exactly as it was', () => {
  const projectFolder = scratchForFile('atomic-build-project-');
  let project: string | undefined;
  /** One scratch copy of the project, made when a row first needs it, shared by the rows. */
  const sharedProject = () => (project ??= copyProject(join(projectFolder, 'project')));

  for (const row of ROWS) {
    it(row.kind, async () => {
      const { scratch, cases, dist, site, before } = scratchSite('atomic-build-');
      if (row.kind.includes('--no-wait')) held = await lockCheckout(true, 'atomic-build test');
      const { env = {}, cleanup, ...options } = row.setup({ cases, project: sharedProject, scratch }) ?? {};
      let result;
      try {
        result = await astroBuild(cases, dist, env, options);
      } finally {
        await cleanup?.();
      }
      expect(result.status, result.output).not.toBe(0);
      expect(result.stderr, result.output).toMatch(row.message);
      // One message: no stack trace, no raw control character.
      expect(result.stderr).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
      expect(result.output).not.toContain('\x1b');
      expect(folderSnapshot(site)).toEqual(before);
      expect(readdirSync(site)).toEqual(['dist']);
    });
  }
});

it('a build killed between its two renames is undone by the next, even one that fails', async () => {
  const { cases, dist, site, before } = scratchSite('atomic-build-crash-');
  const stop = 'Stopped between the renames';
  const killed = await astroBuild(cases, dist, { BUILD_STOP_BETWEEN_RENAMES: '1' }, { killWhen: stop });
  expect(killed.stdout, killed.output).toContain(stop);
  expect(existsSync(dist)).toBe(false);
  expect(readdirSync(site).sort()).toEqual([expect.stringMatching(/^\.dist\.old-\d+$/), expect.stringMatching(/^\.dist\.staging-\d+$/)]);

  append(cases, '\nFewer than <5 stations were closed.\n');
  const next = await astroBuild(cases, dist);
  expect(next.status, next.output).not.toBe(0);
  expect(next.stdout).toMatch(/^Put .*site\/dist\/ back from \.dist\.old-\d+: a build was stopped while replacing it\.$/m);
  expect(next.stderr).toMatch(/^The build failed; .*site\/dist\/ is unchanged:$/m);
  expect(folderSnapshot(site)).toEqual(before);
  expect(readdirSync(site)).toEqual(['dist']);
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
      const result = spawnSync(process.execPath, ['scripts/start.ts'], { cwd: ROOT, env: { ...process.env, OUT_DIR: dist }, encoding: 'utf8' });
      expect(result.status, `${result.stdout}${result.stderr}`).toBe(1);
      expect(result.stderr).toContain(`Something already answers at ${LOCAL_URL} (an earlier npm start?): open it there, or stop it first.`);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(folderSnapshot(scratch)).toEqual(before);
  });
});
