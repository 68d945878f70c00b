/**
 * The texts the site's search index holds, alone, for the bench's "Pagefind alone" baseline:
 * each case as a bare HTML page (its title, subtitle and paragraphs) and the glossary's terms
 * and explanations, paged as /glossary/ pages them, each at the address the site gives it and
 * with nothing else: no filters, sort, metadata, paragraph anchors or other pages. What a
 * search fetches and takes on that index is what Pagefind itself costs on these texts,
 * whatever the site does around them. A build test (tests/build/list-pages.test.ts) checks
 * that Pagefind reads the same words from these pages as from the site's.
 *
 * `'case-text'` writes the narrower baseline the bench used until December 2026, the case
 * texts only (title and paragraphs): beside the other, it shows what searching the subtitles
 * and the glossary costs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCrossIndex } from '../src/lib/content/cross-index.ts';
import { splitParagraphs } from '../src/lib/content/paragraphs.ts';
import { escapeMarkup } from '../src/lib/format/escape.ts';
import { GLOSSARY_PAGE_SIZE } from '../src/lib/site/pagination.ts';
import { caseUrl, glossaryUrl } from '../src/lib/site/urls.ts';
import { glossaryWords } from '../src/lib/site/words.ts';
import type { GeneratedCase } from './generate-cases.ts';

/** Which texts the bare pages hold: all the site's index holds, or the case texts only. */
export type BareTexts = 'indexed' | 'case-text';

/** A bare page: `blocks` (already markup) under the title `title`, the whole of it marked for search. */
function bareHtml(title: string, blocks: readonly string[]): string {
  return [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeMarkup(title)}</title></head>`,
    '<body><main data-pagefind-body>',
    ...blocks,
    '</main></body></html>',
    '',
  ].join('\n');
}

const paragraph = (text: string) => `<p>${escapeMarkup(text)}</p>`;

/**
 * One case as a bare page: its title as the heading, its subtitle (if given), then its text's
 * paragraphs (blank-line separated, as in the files, white space collapsed).
 */
export function barePage(title: string, text: string, subtitle?: string): string {
  const blocks = [...(subtitle === undefined ? [] : [subtitle]), ...splitParagraphs(text)];
  return bareHtml(title, [`<h1>${escapeMarkup(title)}</h1>`, ...blocks.map(paragraph)]);
}

/** One page of the glossary as a bare page: each term, quoted as the glossary shows it, then its explanations. */
export function bareGlossaryPage(entries: readonly { term: string; explanations: readonly string[] }[]): string {
  return bareHtml(
    glossaryWords.searchTitle,
    entries.flatMap(({ term, explanations }) => [paragraph(glossaryWords.quoted(term)), ...explanations.map(paragraph)]),
  );
}

/** The glossary of `cases` (in chapter order), a page of terms at a time, as /glossary/ pages it. */
function glossaryPages(cases: readonly GeneratedCase[]): { term: string; explanations: string[] }[][] {
  const { glossary } = buildCrossIndex(cases.map(({ slug, terms, text }) => ({ id: slug, data: { themes: [], terms }, body: text })));
  const entries = glossary.map(({ term, uses }) => ({ term, explanations: uses.map((use) => use.explanation) }));
  return Array.from({ length: Math.ceil(entries.length / GLOSSARY_PAGE_SIZE) }, (_, index) =>
    entries.slice(index * GLOSSARY_PAGE_SIZE, (index + 1) * GLOSSARY_PAGE_SIZE),
  );
}

/** Writes `html` as the page at the site path `path` (`/cases/x/` → `<outDir>/cases/x/index.html`). */
function writePage(outDir: string, path: string, html: string): void {
  mkdirSync(join(outDir, path), { recursive: true });
  writeFileSync(join(outDir, path, 'index.html'), html);
}

/**
 * Writes each case (cases in chapter order) and, for `'indexed'`, each glossary page at its
 * site address, and an empty home page for the browser to open before it searches. Returns
 * how many pages are marked for search.
 */
export function writeBarePages(cases: readonly GeneratedCase[], outDir: string, texts: BareTexts = 'indexed'): number {
  for (const { slug, title, subtitle, text } of cases) {
    writePage(outDir, caseUrl(slug), barePage(title, text, texts === 'indexed' ? subtitle : undefined));
  }
  const glossary = texts === 'indexed' ? glossaryPages(cases) : [];
  glossary.forEach((entries, index) => writePage(outDir, glossaryUrl(index + 1), bareGlossaryPage(entries)));
  // No data-pagefind-body: Pagefind leaves it out of the index, as the site's own pages without one.
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pagefind alone</title></head><body></body></html>\n');
  return cases.length + glossary.length;
}
