/**
 * The bad-content catalogue, tests/fixtures/bad-content/: each fixture is a `.mdx` file (or a
 * folder of them, for mistakes that take two files) whose frontmatter starts with
 * `# expect: <field>`, the field its one-line message must name. The unit test runs every
 * fixture through the loader's own checks; the build test runs a few through a real build.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/bad-content/', import.meta.url));

export interface Fixture {
  /** The fixture's file name without `.mdx`, or its folder's name. */
  name: string;
  /** Full paths of its files. */
  files: string[];
  field: string;
}

export function readFixtures(): Fixture[] {
  return readdirSync(FIXTURES).map((name) => {
    const path = join(FIXTURES, name);
    const files = statSync(path).isDirectory() ? readdirSync(path).map((file) => join(path, file)) : [path];
    const expectLine = files.map((file) => /^# expect: (.+)$/m.exec(readFileSync(file, 'utf8'))?.[1]).find(Boolean);
    if (!expectLine) throw new Error(`${name}: add a "# expect: <field>" line to its frontmatter`);
    return { name: name.replace(/\.mdx$/, ''), files, field: expectLine.trim() };
  });
}

/** The line of `output` naming one of the fixture's files and its field, as `<file>: <field>…`. */
export function lineNaming(fixture: Fixture, output: string): string | undefined {
  const names = fixture.files.map((file) => basename(file));
  return output.split('\n').find((line) => names.some((name) => line.includes(`${name}: ${fixture.field}`)));
}
