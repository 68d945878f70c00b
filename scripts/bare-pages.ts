/**
 * The case texts alone, for the bench's "Pagefind alone" baseline: each case becomes a
 * bare HTML page (its title and its paragraphs, nothing else), so that Pagefind can
 * index the same words with none of the site around them: no filters, no sort, no
 * metadata, no other pages. What a search fetches and takes on that index is what
 * Pagefind itself costs on these texts, whatever the site does around it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeMarkup } from '../src/lib/format/escape.ts';
import type { GeneratedCase } from './generate-cases.ts';

/** One case as a bare page: its text's paragraphs (blank-line separated, as in the files) under its title. */
export function barePage(title: string, text: string): string {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeMarkup(paragraph)}</p>`);
  return [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeMarkup(title)}</title></head>`,
    `<body><main data-pagefind-body><h1>${escapeMarkup(title)}</h1>`,
    ...paragraphs,
    '</main></body></html>',
    '',
  ].join('\n');
}

/**
 * Writes each case as `<outDir>/<slug>/index.html`, and an empty home page for the
 * browser to open before it searches.
 */
export function writeBarePages(cases: readonly Pick<GeneratedCase, 'slug' | 'title' | 'text'>[], outDir: string): void {
  for (const { slug, title, text } of cases) {
    mkdirSync(join(outDir, slug), { recursive: true });
    writeFileSync(join(outDir, slug, 'index.html'), barePage(title, text));
  }
  // No data-pagefind-body: Pagefind leaves it out of the index, as the site's own pages without one.
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pagefind alone</title></head><body></body></html>\n');
}
