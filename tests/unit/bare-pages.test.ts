/**
 * The bench's "Pagefind alone" pages must carry a case's words and nothing else, so that
 * the baseline measures Pagefind on the same text the site indexes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { barePage, writeBarePages } from '../../scripts/bare-pages';
import { generateCases } from '../../scripts/generate-cases';
import { scratchForTest } from '../support/scratch';

/** The text a page shows inside its indexed region, tags removed and entities read back. */
const indexedText = (html: string) =>
  (/<main data-pagefind-body>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');

describe('bare pages', () => {
  it('puts each paragraph in its own <p> under the title, with markup characters escaped', () => {
    const html = barePage('Fish & Chips <Town>', 'First paragraph,\nwrapped.\n\n  Second: a < b & c > d.  \n\n\n');
    expect(html).toContain('<title>Fish &amp; Chips &lt;Town&gt;</title>');
    expect(html).toContain('<h1>Fish &amp; Chips &lt;Town&gt;</h1>');
    expect(html.match(/<p>/g)).toHaveLength(2);
    expect(html).toContain('<p>First paragraph,\nwrapped.</p>');
    expect(html).toContain('<p>Second: a &lt; b &amp; c &gt; d.</p>');
    expect(html.match(/data-pagefind-body/g)).toHaveLength(1);
  });

  it('writes one page per case, with exactly the case text, and a home page Pagefind leaves out', () => {
    const out = scratchForTest('bare-pages-');
    const cases = generateCases(scratchForTest('bare-cases-'), 3);
    writeBarePages(cases, out);

    expect(readdirSync(out).sort()).toEqual([...cases.map((generated) => generated.slug), 'index.html'].sort());
    for (const { slug, title, source } of cases) {
      const text = source.replace(/^---\n[\s\S]*?\n---\n/, '').split(/\s+/).filter(Boolean).join(' ');
      expect(indexedText(readFileSync(join(out, slug, 'index.html'), 'utf8'))).toBe(`${title} ${text}`);
    }
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('data-pagefind-body');
  });
});
