/**
 * One real build for each path bad content takes: the loader (before Astro stores anything) and the
 * MDX compile. Every kind of problem is a row of tests/unit/bad-content.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, ROOT } from '../support/astro-build';
import { FIXTURE, STUB_FIELDS } from '../support/case-pipeline';
import { scratchForTest } from '../support/scratch';

const GOOD = readFileSync(FIXTURE, 'utf8');

/** Builds a folder of these files; returns the build's lines that name a case file. */
async function buildWith(files: Record<string, string>, prepare?: (cases: string) => void) {
  const scratch = scratchForTest('bad-content-');
  const cases = join(scratch, 'cases');
  mkdirSync(cases);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(cases, name), text);
  prepare?.(cases);
  const outDir = join(scratch, 'dist');
  const { status, output } = await astroBuild(cases, outDir);
  expect(status, output).not.toBe(0);
  expect(existsSync(outDir), 'nothing is written').toBe(false);
  const lines = output.split('\n').filter((line) => line.includes(`${cases}/`));
  for (const line of lines) expect(line.length, line).toBeLessThan(300);
  return { lines: lines.map((line) => line.slice(line.indexOf(cases) + cases.length + 1)), output };
}

describe('bad content stops a real build', () => {
  it('in the loader: each file, line and field, the new-case stub’s every field', async () => {
    const { lines } = await buildWith(
      {
        'good.mdx': GOOD,
        'yaml.mdx': GOOD.replace(/^subtitle: .*$/m, 'subtitle: Exploring: a colon'),
        'date.mdx': GOOD.replace('order: 1', 'order: 2').replace('published: 2025-05-16', 'published: 2025-02-30'),
        'probe.md': GOOD,
      },
      (cases) => {
        const stub = spawnSync(process.execPath, ['scripts/new-case.ts', '--category', 'rural', '--title', 'Newtown'], { cwd: ROOT, env: { ...process.env, CASES_DIR: cases }, encoding: 'utf8' });
        expect(stub.status, stub.stderr).toBe(0);
      },
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^yaml\.mdx:3: YAML: /),
        expect.stringMatching(/^date\.mdx:14: source\.published: must be a real date/),
        expect.stringMatching(/^probe\.md: file name: not a case file/),
      ]),
    );
    expect(lines.filter((line) => line.startsWith('newtown.mdx')).map((line) => /^newtown\.mdx(?::\d+)+: ([^:]+): /.exec(line)?.[1])).toEqual(STUB_FIELDS);
  });

  it('in the MDX compile: a text the case plugin refuses, and a syntax error, each with its line and column', async () => {
    const text = GOOD.slice(0, GOOD.indexOf('\n---\n') + 5);
    const { lines, output } = await buildWith({ 'theme.mdx': `${text}\nThe county <Theme id="service-teams">built stations</Theme>.\n` });
    expect(lines, output).toContainEqual(expect.stringMatching(/^theme\.mdx:17:12: body: <Theme id="service-teams"> must hold whole sentences/));
    const syntax = await buildWith({ 'syntax.mdx': `${text}\nFewer than <5 stations were closed.\n` });
    expect(syntax.lines, syntax.output).toContainEqual(expect.stringMatching(/^syntax\.mdx:17:12: Unexpected character after `<`/));
  });
});
