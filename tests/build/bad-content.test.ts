/**
 * The wiring of the content checks, in real `astro build`s: a bad case file, added to a copy
 * of the real cases, stops the build with one readable line naming the file and the field,
 * and the folder holding an earlier build is left as it was. Every fixture's message is
 * checked through the loader's own functions in tests/unit/bad-content.test.ts; a build is
 * run only for each way a problem reaches the build:
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../../scripts/lib/astro-build';
import { lineNaming, readFixtures, type Fixture } from '../support/bad-content';
import { CASES_DIR } from '../support/content';
import { scratchForTest } from '../support/scratch';

const WIRING: Record<string, string> = {
  'yaml-syntax-error': 'the loader reads every file’s YAML itself, before Astro’s parser',
  'impossible-date': 'the schema sees dates as written, where Astro’s YAML would turn 30 February into 2 March',
  'duplicate-order': 'the checks across cases run after Astro has loaded every entry',
  'duplicate-slug': 'a `slug` field taking another file’s address is caught inside Astro’s glob loader',
};

/** Runs `astro build` on the real cases plus the fixture, into a folder holding an earlier "good build". */
function buildWith(fixture: Fixture) {
  const scratch = scratchForTest(`bad-content-${fixture.name}-`);
  const contentDir = join(scratch, 'cases');
  const outDir = join(scratch, 'dist');
  cpSync(CASES_DIR, contentDir, { recursive: true });
  for (const file of fixture.files) cpSync(file, join(contentDir, basename(file)));
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'index.html'), 'earlier good build');
  return { ...astroBuild(contentDir, outDir), outDir };
}

describe('a bad case file stops a real build', () => {
  const fixtures = readFixtures().filter((fixture) => fixture.name in WIRING);
  it('runs every wiring fixture', () => expect(fixtures.map((fixture) => fixture.name).sort()).toEqual(Object.keys(WIRING).sort()));

  for (const fixture of fixtures) {
    it(`${fixture.name} (${WIRING[fixture.name]}): names the file and ${fixture.field}, writes nothing`, () => {
      const { status, output, outDir } = buildWith(fixture);
      expect(status, output).not.toBe(0);
      const line = lineNaming(fixture, output);
      expect(line, `no line naming the file and "${fixture.field}" in:\n${output}`).toBeDefined();
      expect(line!.length).toBeLessThan(300);
      // Nothing was written over the earlier build.
      expect(readdirSync(outDir)).toEqual(['index.html']);
      expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('earlier good build');
    });
  }
});
