/** The bench's generated cases: the same on every run, and using what real cases use. */
import { describe, expect, it } from 'vitest';
import { generateCase } from '../../scripts/generate-cases.ts';
import { caseSchema } from '../../src/content.config.ts';
import { CONTENT_COMPONENTS } from '../../src/lib/content/case-plugin.ts';
import { checkCaseFile } from '../../src/lib/content/loader.ts';
import { CATEGORY_IDS } from '../../src/lib/site/categories.ts';
import { THEMES } from '../../src/lib/site/themes.ts';

const COUNT = 200;
const generated = Array.from({ length: COUNT }, (_, index) => generateCase(index + 1));
const texts = generated.map(({ source }) => source.replace(/^---\n[\s\S]*?\n---\n/, ''));

describe('generate-cases', () => {
  it('writes case files the loader accepts, with slugs of their own', () => {
    for (const { slug, source } of generated) expect(checkCaseFile(Buffer.from(source), `${slug}.mdx`, caseSchema).problems, slug).toEqual([]);
    expect(new Set(generated.map(({ slug }) => slug)).size).toBe(COUNT);
  });

  it('uses every category and content component, most themes, and texts of 300 to 3,000 words', () => {
    expect(new Set(generated.map(({ category }) => category))).toEqual(new Set(CATEGORY_IDS));
    for (const name of Object.keys(CONTENT_COMPONENTS)) expect(texts.filter((text) => text.includes(`<${name} `)).length, name).toBeGreaterThan(COUNT / 20);
    expect(new Set(generated.flatMap(({ themes }) => themes)).size).toBeGreaterThanOrEqual(THEMES.length - 1);
    const words = texts.map((text) => text.replace(/<[^>]+>/g, '').split(/\s+/).filter(Boolean).length);
    expect(Math.min(...words)).toBeGreaterThanOrEqual(300);
    expect(Math.max(...words)).toBeLessThanOrEqual(3_000);
  });

  it('is reproducible: the same seed gives the same files, another seed others', () => {
    expect(generateCase(7)).toEqual(generated[6]);
    expect(generateCase(7, 2).source).not.toBe(generated[6].source);
  });
});
