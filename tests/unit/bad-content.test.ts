/**
 * The bad-content catalogue through the loader's own checks: each fixture, beside the real
 * cases, is refused with one readable line naming the file and the field. The checks run in
 * the loader's order (src/lib/content/loader.ts): every file's prose and YAML, then each file's name,
 * placeholders and schema, then the checks across a case's text and across cases. That a
 * real build stops on these lines and keeps an earlier build is tests/build/bad-content.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCase, checkCollection, checkPlaceholders, checkSlug, type CheckedCase } from '../../src/lib/content/checks.ts';
import { caseSchema } from '../../src/lib/content/schema.ts';
import { caseText, parseFrontmatter } from '../../src/lib/content/loader.ts';
import { ContentError, formatProblem, zodProblems, type ContentProblem } from '../../src/lib/content/errors.ts';
import { checkProse } from '../../src/lib/content/prose.ts';
import { lineNaming, readFixtures } from '../support/bad-content';
import { CASES_DIR } from '../support/content';

const realCases = readdirSync(CASES_DIR)
  .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
  .map((name) => join(CASES_DIR, name));

/** A check's problems, or those of the ContentError it throws. */
function problemsOf(check: () => ContentProblem[]): ContentProblem[] {
  try {
    return check();
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
}

/** The lines the loader reports for these files, stopping after the first stage that finds any, as it does. */
function loaderReport(paths: readonly string[]): string {
  const files = paths.map((path) => {
    const source = readFileSync(path, 'utf8');
    return { filePath: `content/cases/${basename(path)}`, source, data: {} as Record<string, unknown> };
  });
  const perSource = files.flatMap((file) => [
    ...checkProse(file.source, file.filePath),
    ...problemsOf(() => {
      file.data = parseFrontmatter(file.source, file.filePath);
      return [];
    }),
  ]);
  const report = (problems: ContentProblem[]) => problems.map(formatProblem).join('\n');
  if (perSource.length > 0) return report(perSource);

  const entries: CheckedCase[] = [];
  for (const file of files) {
    const body = caseText(file.source);
    const perFile = [
      ...checkSlug(basename(file.filePath, '.mdx'), file.filePath),
      ...checkPlaceholders(file.data, body, file.filePath),
    ];
    const parsed = caseSchema.safeParse(file.data);
    if (!parsed.success) perFile.push(...zodProblems(file.filePath, parsed.error));
    if (perFile.length > 0) return report(perFile);
    entries.push({ id: basename(file.filePath, '.mdx'), filePath: file.filePath, data: parsed.data!, body });
  }
  return report([...entries.flatMap(checkCase), ...checkCollection(entries)]);
}

describe('the loader refuses each bad case file', () => {
  it('passes the real cases', () => {
    expect(loaderReport(realCases)).toBe('');
  });

  for (const fixture of readFixtures()) {
    it(`${fixture.name}: names the file and ${fixture.field}, in one line`, () => {
      const output = loaderReport([...realCases, ...fixture.files]);
      const line = lineNaming(fixture, output);
      expect(line, `no line naming the file and "${fixture.field}" in:\n${output}`).toBeDefined();
      expect(line!.length).toBeLessThan(300);
    });
  }
});
