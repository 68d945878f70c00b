/**
 * The case texts alone, for the bench's "Pagefind alone" baseline: each case becomes a
 * bare HTML page (its title and its paragraphs, nothing else), so that Pagefind can
 * index the same words with none of the site around them: no filters, no sort, no
 * metadata, no other pages. What a search fetches and takes on that index is what
 * Pagefind itself costs on these texts, whatever the site does around it.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The bench's generated files only: each opens with valid frontmatter (the real checks live in src/lib/cases-loader.ts). */
const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One case as a bare page: its text's paragraphs (blank-line separated, as in the files) under its title. */
export function barePage(title: string, text: string): string {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`);
  return [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>`,
    `<body><main data-pagefind-body><h1>${escapeHtml(title)}</h1>`,
    ...paragraphs,
    '</main></body></html>',
    '',
  ].join('\n');
}

/**
 * Writes every case of `casesDir` as `<outDir>/<file name>/index.html`, and an empty
 * home page for the browser to open before it searches. Returns the number of cases.
 */
export function writeBarePages(casesDir: string, outDir: string): number {
  const names = readdirSync(casesDir).filter((name) => name.endsWith('.mdx'));
  mkdirSync(outDir, { recursive: true });
  for (const name of names) {
    const source = readFileSync(join(casesDir, name), 'utf8');
    const frontmatter = FRONTMATTER.exec(source);
    if (!frontmatter) throw new Error(`${join(casesDir, name)}: no frontmatter`);
    const { title } = parse(frontmatter[1]) as { title: string };
    const folder = join(outDir, name.replace(/\.mdx$/, ''));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'index.html'), barePage(title, source.slice(frontmatter[0].length)));
  }
  // No data-pagefind-body: Pagefind leaves it out of the index, as the site's own pages without one.
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pagefind alone</title></head><body></body></html>\n');
  return names.length;
}
