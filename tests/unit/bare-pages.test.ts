/**
 * The bench's "Pagefind alone" pages must carry the words the site indexes and nothing else.
 * That Pagefind reads the same words from them as from the site's pages is checked on a real
 * build (tests/build/list-pages.test.ts); here, what each page holds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bareGlossaryPage, barePage, writeBarePages } from '../../scripts/bare-pages';
import { generateCases } from '../../scripts/generate-cases';
import { htmlFiles } from '../../scripts/lib/site-pages';
import { GLOSSARY_PAGE_SIZE } from '../../src/lib/site/pagination';
import { scratchForTest } from '../support/scratch';

/** `text`'s words, one space apart. */
const words = (text: string) => text.split(/\s+/).filter(Boolean).join(' ');

/** The text a page shows inside its indexed region, tags removed and entities read back. */
const indexedText = (html: string) =>
  words(
    (/<main data-pagefind-body>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
/** The indexed text of the bare page written at `file` under `out`. */
const indexedTextOf = (out: string, file: string) => indexedText(readFileSync(join(out, file), 'utf8'));

describe('bare pages', () => {
  it('puts the subtitle and each paragraph in its own <p> under the title, with markup characters escaped', () => {
    const html = barePage('Fish & Chips <Town>', 'First paragraph,\nwrapped.\n\n  Second: a < b & c > d.  \n\n\n', 'A <subtitle>');
    expect(html).toContain('<title>Fish &amp; Chips &lt;Town&gt;</title>');
    expect(html).toContain('<h1>Fish &amp; Chips &lt;Town&gt;</h1>');
    expect(html.match(/<p>/g)).toHaveLength(3);
    expect(html).toContain('<p>A &lt;subtitle&gt;</p>');
    expect(html).toContain('<p>First paragraph, wrapped.</p>');
    expect(html).toContain('<p>Second: a &lt; b &amp; c &gt; d.</p>');
    expect(html.match(/data-pagefind-body/g)).toHaveLength(1);
    expect(barePage('T', 'Text.')).not.toContain('<p>undefined</p>');
  });

  it('sets a glossary page as each quoted term followed by its explanations', () => {
    const html = bareGlossaryPage([
      { term: 'Red & Warm Homes', explanations: ['One.', 'Two.'] },
      { term: 'Night Schools', explanations: ['Three.'] },
    ]);
    expect(indexedText(html)).toBe('“Red & Warm Homes” One. Two. “Night Schools” Three.');
  });

  it('writes each case at its site address, the glossary a page of terms at a time, and a home page Pagefind leaves out', () => {
    const out = scratchForTest('bare-pages-');
    const count = 120;
    const cases = generateCases(scratchForTest('bare-cases-'), count);
    const terms = new Set(cases.flatMap((generated) => generated.terms.map(({ term }) => term)));
    const glossaryPages = Math.ceil(terms.size / GLOSSARY_PAGE_SIZE);
    expect(glossaryPages).toBeGreaterThan(1);

    expect(writeBarePages(cases, out)).toBe(count + glossaryPages);
    expect(htmlFiles(out).filter((file) => file.startsWith('glossary/'))).toHaveLength(glossaryPages);
    for (const { slug, title, subtitle, text } of cases) {
      expect(indexedTextOf(out, `cases/${slug}/index.html`)).toBe(`${title} ${subtitle} ${words(text)}`);
    }
    const glossaryText = htmlFiles(out)
      .filter((file) => file.startsWith('glossary/'))
      .map((file) => indexedTextOf(out, file))
      .join(' ');
    for (const term of terms) expect(glossaryText).toContain(`“${term}”`);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('data-pagefind-body');
  });

  it('writes the case texts alone, without subtitles or glossary, for the narrower baseline', () => {
    const out = scratchForTest('bare-pages-text-');
    const cases = generateCases(scratchForTest('bare-cases-text-'), 3);
    expect(writeBarePages(cases, out, 'case-text')).toBe(3);
    for (const { slug, title, text } of cases) {
      expect(indexedTextOf(out, `cases/${slug}/index.html`)).toBe(`${title} ${words(text)}`);
    }
    expect(htmlFiles(out).some((file) => file.startsWith('glossary/'))).toBe(false);
  });
});
