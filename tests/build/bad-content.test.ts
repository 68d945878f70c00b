/**
 * The bad-content catalogue: each fixture in tests/fixtures/bad-content/ is added,
 * alone, to a copy of the real cases, and a real `astro build` must refuse it with
 * one readable line naming the file and the field, writing nothing.
 *
 * A fixture is a `.mdx` file (or a folder of them, for mistakes that take two files)
 * whose frontmatter starts with `# expect: <field>`.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../support/astro-build';
import { CASES_DIR } from '../support/content';
import { scratchForTest } from '../support/scratch';

const FIXTURES = fileURLToPath(new URL('../fixtures/bad-content/', import.meta.url));

interface Fixture {
  name: string;
  files: string[];
  field: string;
}

function readFixtures(): Fixture[] {
  return readdirSync(FIXTURES).map((name) => {
    const path = join(FIXTURES, name);
    const files = statSync(path).isDirectory()
      ? readdirSync(path).map((file) => join(path, file))
      : [path];
    const expectLine = files
      .map((file) => /^# expect: (.+)$/m.exec(readFileSync(file, 'utf8'))?.[1])
      .find(Boolean);
    if (!expectLine) throw new Error(`${name}: add a "# expect: <field>" line to its frontmatter`);
    return { name, files, field: expectLine.trim() };
  });
}

/** Runs `astro build` on the real cases plus the fixture, into a folder holding an earlier "good build". */
function buildWith(fixture: Fixture) {
  const scratch = scratchForTest(`bad-content-${fixture.name}-`);
  const contentDir = join(scratch, 'cases');
  const outDir = join(scratch, 'dist');
  cpSync(CASES_DIR, contentDir, { recursive: true });
  for (const file of fixture.files) cpSync(file, join(contentDir, file.split('/').at(-1)!));
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'index.html'), 'earlier good build');
  return { ...astroBuild(contentDir, outDir), outDir };
}

describe('a bad case file stops the build', () => {
  for (const fixture of readFixtures()) {
    it(`${fixture.name}: names the file and ${fixture.field}`, () => {
      const { status, output, outDir } = buildWith(fixture);
      expect(status, output).not.toBe(0);
      const fileNames = fixture.files.map((file) => file.split('/').at(-1)!);
      const line = output
        .split('\n')
        .find((text) => fileNames.some((name) => text.includes(`${name}: ${fixture.field}`)));
      expect(line, `no line naming the file and "${fixture.field}" in:\n${output}`).toBeDefined();
      expect(line!.length).toBeLessThan(300);
      // Nothing was written over the earlier build.
      expect(readdirSync(outDir)).toEqual(['index.html']);
      expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('earlier good build');
    });
  }
});
