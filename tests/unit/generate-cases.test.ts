/**
 * The bench's synthetic cases must be cases the real build accepts: schema, slug,
 * verbatim key-figure quotes, theme sentences and terms, unique order; varied in length,
 * category, themes and terms; and the same for the same seed.
 */
import { describe, expect, it } from 'vitest';
import { generateCase } from '../../scripts/generate-cases';
import { checkCase, checkCollection, checkSlug } from '../../src/lib/content/checks.ts';
import { caseSchema } from '../../src/lib/content/schema.ts';
import { parseFrontmatter } from '../../src/lib/content/loader.ts';
import { CATEGORY_IDS } from '../../src/lib/site/categories.ts';
import { THEME_IDS } from '../../src/lib/site/themes.ts';

const COUNT = 200;
const generated = Array.from({ length: COUNT }, (_, index) => generateCase(index + 1, 1));
const parsed = generated.map(({ slug, source }) => {
  const filePath = `${slug}.mdx`;
  const data = caseSchema.parse(parseFrontmatter(source, filePath));
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  return { id: slug, filePath, data, body };
});

describe('generate-cases', () => {
  it('writes cases that pass the schema and every check', () => {
    const problems = [
      ...parsed.flatMap((entry) => [...checkSlug(entry.id, entry.filePath), ...checkCase(entry)]),
      ...checkCollection(parsed),
    ];
    expect(problems).toEqual([]);
    expect(new Set(parsed.map((entry) => entry.id)).size).toBe(COUNT);
  });

  it('varies length from 300 to 3,000 words and covers all four categories', () => {
    const words = parsed.map((entry) => entry.body.split(/\s+/).filter(Boolean).length);
    expect(Math.min(...words)).toBeGreaterThanOrEqual(300);
    expect(Math.max(...words)).toBeLessThanOrEqual(3_000);
    expect(Math.max(...words) - Math.min(...words)).toBeGreaterThan(1_500);
    expect(new Set(parsed.map((entry) => entry.data.category))).toEqual(new Set(CATEGORY_IDS));
    expect(parsed.filter((entry) => entry.data.keyFigures.length > 0).length).toBe(COUNT);
  });

  it('gives each case 1–3 themes and 0–2 terms from its own text, across the vocabulary', () => {
    for (const entry of parsed) {
      expect(entry.data.themes.length).toBeGreaterThanOrEqual(1);
      expect(entry.data.themes.length).toBeLessThanOrEqual(3);
      expect(entry.data.terms.length).toBeLessThanOrEqual(2);
    }
    const themes = new Set(parsed.flatMap((entry) => entry.data.themes.map((theme) => theme.id)));
    expect(themes.size).toBeGreaterThanOrEqual(THEME_IDS.length - 1);
    const termCounts = new Set(parsed.map((entry) => entry.data.terms.length));
    expect(termCounts).toEqual(new Set([0, 1, 2]));
  });

  it('gives each case its own few services, as real cases have: no service is in most cases', () => {
    // Phrases of the generator's service list that occur in no other template.
    const services = ['convenient hairdressing', 'legal advice', 'skills training', 'employment referrals', 'safety inspections'];
    for (const service of services) {
      const share = parsed.filter((entry) => entry.body.includes(service)).length / COUNT;
      expect(share, service).toBeGreaterThan(0.05);
      expect(share, service).toBeLessThan(0.4);
    }
  });

  it('is reproducible: the same seed gives the same files, another seed others', () => {
    expect(generateCase(7, 1)).toEqual(generated[6]);
    expect(generateCase(7, 2).source).not.toBe(generated[6].source);
  });
});
