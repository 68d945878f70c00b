/** `npm run new-case`: its arguments, the address from a title, and the stub it writes, read as a build reads it. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN } from '../../src/lib/content/loader.ts';
import { NEW_CASE_USAGE, parseNewCaseArgs, SLUG_MAX_LENGTH, slugFromTitle } from '../../src/lib/content/stub.ts';
import { ROOT } from '../support/astro-build';
import { buildMessages, STUB_FIELDS } from '../support/case-pipeline';
import { scratchForTest } from '../support/scratch';

describe('the address made from a title', () => {
  it('is its Latin letters in their plain forms, cut at a word within the limit, or nothing', () => {
    expect(slugFromTitle('Anytown County, “Somewhere” Province')).toBe('anytown-county-somewhere-province');
    expect(slugFromTitle('Straße Łódź Ærø Ǆemal ﬁve Ünïcode Ça')).toBe('strasse-lodz-aero-dzemal-five-unicode-ca');
    const slug = slugFromTitle('The Party Branch of a Village Cooperative '.repeat(8));
    expect(slug).toBe('the-party-branch-of-a-village-cooperative-the-party-branch');
    expect(slug).toMatch(SLUG_PATTERN);
    expect(slugFromTitle('x'.repeat(300))).toBe('x'.repeat(SLUG_MAX_LENGTH));
    expect(slugFromTitle('包头市')).toBe('');
  });
});

describe('the arguments', () => {
  const USAGE = ` (${NEW_CASE_USAGE})`;
  it('take options with separate or joined values', () => {
    expect(parseNewCaseArgs(['--category', 'rural', '--title=Anytown, Somewhere'])).toEqual({ category: 'rural', title: 'Anytown, Somewhere', slug: 'anytown-somewhere' });
    expect(parseNewCaseArgs(['--category=urban', '--title', 'A', '--slug', 'a-b'])).toEqual({ category: 'urban', title: 'A', slug: 'a-b' });
    expect(parseNewCaseArgs(['--help'])).toEqual({ help: true });
  });

  it.each<[string[], string]>([
    [[], '--category is required: one of urban, rural, emerging-fields, state-owned-enterprises'],
    [['--category', 'rural', '--title', '--slug', 'x'], `Option '--title' argument is ambiguous${USAGE}`],
    [['--category', 'rural', '--title'], `Option '--title <value>' argument missing${USAGE}`],
    [['--category', 'rural', '--title', '  '], '--title is required, e.g. --title "Guangchang County, Jiangxi Province"'],
    [['--category', 'suburban', '--title', 'A'], '--category must be one of urban, rural, emerging-fields, state-owned-enterprises (got "suburban")'],
    [['--colour', 'red'], `Unknown option '--colour'${USAGE}`],
    [['Anytown'], `Unexpected argument 'Anytown'. This command does not take positional arguments${USAGE}`],
    [['--title', 'A', '--title', 'B'], '--title is given twice'],
    [['--category', 'rural', '--title', 'A', '--slug', '../../..'], '--slug "../../.." is not an address: lower-case letters and digits joined by single hyphens (it names the file and /cases/<slug>/), e.g. --slug guangchang-county'],
    [['--category', 'rural', '--title', 'A', '--slug', 'a'.repeat(61)], '--slug is 61 characters long; at most 60'],
    [['--category', 'rural', '--title', '包头市'], 'cannot make an address from "包头市": it has no Latin letter or digit; give one with --slug, e.g. --slug guangchang-county'],
  ])('say in one line what is wrong with %j', (argv, message) => {
    expect(parseNewCaseArgs(argv)).toEqual({ error: message });
  });
});

describe('the script', () => {
  const run = (casesDir: string, ...args: string[]) =>
    spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', 'scripts/new-case.ts', ...args], { cwd: ROOT, env: { ...process.env, CASES_DIR: casesDir }, encoding: 'utf8' });
  const casesWithReal = () => {
    const folder = join(scratchForTest('new-case-'), 'cases');
    cpSync(join(ROOT, 'content/cases'), folder, { recursive: true });
    return folder;
  };

  it('writes, at the next position, a stub the build refuses field by field until it is filled in', async () => {
    const folder = casesWithReal();
    const result = run(folder, '--category', 'rural', '--title', 'Anytown County, "Somewhere"');
    expect(result.status, result.stderr).toBe(0);
    const file = join(folder, 'anytown-county-somewhere.mdx');
    const stub = readFileSync(file, 'utf8');
    expect(stub).toMatch(/^order: 5 /m);
    expect(stub).toContain('title: "Anytown County, \\"Somewhere\\""');
    const lines = (await buildMessages(folder)).split('\n');
    expect(lines.map((line) => /anytown-county-somewhere\.mdx(?::\d+)+: ([^:]+): /.exec(line)?.[1])).toEqual(STUB_FIELDS);

    // Filled in, the text marked with the stub's own examples of each content component.
    const examples = [...stub.matchAll(/^# {2}[^:]+: +(<.*>)$/gm)].map((match) => match[1]).join('\n\n');
    const filled = stub
      .replace(/"TODO: YYYY[^"]*"/, '2025-01-02')
      .replace(/"TODO: the http[^"]*"/, 'https://example.org/report')
      .replace(/"TODO: city[^"]*"/, 'county')
      .replace(/"TODO: [^"]*"/g, 'Anytown')
      .replace(/^TODO: .*$/m, examples);
    writeFileSync(file, filled);
    expect(await buildMessages(folder)).toBe('');
  });

  it('says what is wrong in one line, writes nothing and never overwrites a case', () => {
    const folder = casesWithReal();
    for (const args of [['--category', 'rural', '--title', 'A', '--slug', '../../..'], ['--category', 'urban', '--title', 'Baotou']]) {
      const result = run(folder, ...args);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^new-case: [^\n]+\n$/);
    }
    expect(run(folder, '--category', 'urban', '--title', 'Baotou').stderr).toContain('baotou.mdx already exists');
    expect(existsSync(join(folder, 'a.mdx'))).toBe(false);
  });
});
