/**
 * How the build groups the compiled case texts into chunks (astro.config.mjs): stable per
 * file, only MDX modules, and even, so no chunk grows far beyond the others.
 */
import { describe, expect, it } from 'vitest';
import { CASE_TEXT_CHUNKS, caseTextChunk } from '../../src/lib/build/chunks.ts';

describe('caseTextChunk', () => {
  it('puts a case text in the same chunk whatever query or folder its module id carries', () => {
    const chunk = caseTextChunk('/work/content/cases/baotou.mdx');
    expect(chunk).toMatch(/^case-texts-\d+$/);
    expect(caseTextChunk('/work/content/cases/baotou.mdx?astroContentCollectionEntry=true')).toBe(chunk);
    expect(caseTextChunk('/tmp/generated/baotou.mdx')).toBe(chunk);
    expect(caseTextChunk('C:\\site\\content\\cases\\baotou.mdx')).toBe(chunk);
  });

  it('leaves every other module to the bundler', () => {
    for (const id of ['/work/src/layouts/CaseLayout.astro', '/work/src/lib/cases.ts', '/work/notes.mdx.ts', '\0astro:content']) {
      expect(caseTextChunk(id)).toBeNull();
    }
  });

  it('spreads thousands of cases evenly over the fixed number of chunks', () => {
    const counts = new Map<string, number>();
    for (let index = 0; index < 10_000; index += 1) {
      const chunk = caseTextChunk(`/cases/place-${index}.mdx`)!;
      counts.set(chunk, (counts.get(chunk) ?? 0) + 1);
    }
    expect(counts.size).toBe(CASE_TEXT_CHUNKS);
    const mean = 10_000 / CASE_TEXT_CHUNKS;
    for (const count of counts.values()) expect(count).toBeGreaterThan(mean * 0.75);
    for (const count of counts.values()) expect(count).toBeLessThan(mean * 1.25);
  });
});
