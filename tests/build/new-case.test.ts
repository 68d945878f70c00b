/**
 * `npm run new-case` end to end: the real script writes a stub beside copies of
 * the real cases, and a real `astro build` refuses it, naming the file and every
 * field still holding a placeholder, one line each. (That the stub passes once
 * filled in is shown by the unit tests, without a second build.)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, ROOT } from '../../scripts/lib/astro-build';
import { CASES_DIR } from '../support/content';
import { scratchForFile } from '../support/scratch';
import { STUB_PLACEHOLDER_FIELDS } from '../support/stub-fields';

const newCase = (casesDir: string, ...args: string[]) =>
  spawnSync('npm', ['run', '--silent', 'new-case', '--', ...args], {
    cwd: ROOT,
    env: { ...process.env, CASES_DIR: casesDir },
    encoding: 'utf8',
  });

describe('npm run new-case', () => {
  const scratch = scratchForFile('new-case-');
  const casesDir = join(scratch, 'cases');
  cpSync(CASES_DIR, casesDir, { recursive: true });

  it('refuses a category the chapter does not have, saying which exist', () => {
    const result = newCase(casesDir, '--category', 'suburban', '--title', 'Anytown');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('--category must be one of urban, rural, emerging-fields, state-owned-enterprises (got "suburban")');
  });

  it('writes a stub the build rejects, one line per field to fill in', () => {
    const result = newCase(casesDir, '--category', 'rural', '--title', 'Anytown County, Somewhere Province');
    expect(result.status, result.stderr).toBe(0);
    const file = join(casesDir, 'anytown-county-somewhere-province.mdx');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/^order: 5 /m);

    const { status, output } = astroBuild(casesDir, join(scratch, 'dist'));
    expect(status, output).not.toBe(0);
    const lines = output.split('\n').filter((line) => line.includes('anytown-county-somewhere-province.mdx: '));
    const fields = lines.map((line) => /\.mdx: ([^:]+): still/.exec(line)?.[1]);
    expect(fields).toEqual(STUB_PLACEHOLDER_FIELDS);
    for (const line of lines) expect(line.length).toBeLessThan(300);
    // No misleading hint from Astro about browser APIs.
    expect(output).not.toContain('Browser APIs');
  });

  // The script itself, run by Node directly (npm adds a second per run): one line for each mistake, never a trace.
  const script = (...args: string[]) =>
    spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', 'scripts/new-case.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, CASES_DIR: casesDir },
      encoding: 'utf8',
    });

  for (const args of [
    ['--category', 'rural', '--title', '--slug', 'x'],
    ['--category', 'rural', '--title'],
    ['--category', 'rural', '--title', 'A', '--slug', '../../..'],
    ['--category', 'rural', '--what'],
    ['--category', 'rural', '--title', '包头市'],
  ]) {
    it(`refuses \`${args.join(' ')}\` in one line`, () => {
      const result = script(...args);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^new-case: [^\n]+\n$/);
      expect(existsSync(join(casesDir, 'x.mdx'))).toBe(false);
    });
  }

  it('makes a short plain address from a long or accented title', () => {
    const long = script('--category', 'rural', '--title', `${'Village Party Branch Cooperative '.repeat(10)}Ünïcode`);
    expect(long.status, long.stderr).toBe(0);
    expect(existsSync(join(casesDir, 'village-party-branch-cooperative-village-party-branch.mdx'))).toBe(true);
    const accented = script('--category', 'rural', '--title', 'Ünïcode Ça');
    expect(accented.status, accented.stderr).toBe(0);
    expect(existsSync(join(casesDir, 'unicode-ca.mdx'))).toBe(true);
  });

  it('will not overwrite an existing case', () => {
    const result = newCase(casesDir, '--category', 'urban', '--title', 'Baotou');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('baotou.mdx already exists');
  });
});
