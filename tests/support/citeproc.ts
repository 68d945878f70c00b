/**
 * citeproc-js (the `citeproc` package) with the official CSL styles and locales that Debian ships
 * (citation-style-language-styles, -locales, installed by .ci/run): what a reference manager
 * renders from the records it imported. Each entry comes back as HTML, its italics as `<i>`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CslRecord } from '../../src/lib/cite/csl.ts';

const CSL = createRequire(import.meta.url)('citeproc');
const DIR = '/usr/share/citation-style-language';

/** The official styles the page's styles are held to: Chicago's notes from its full-note style. */
export const OFFICIAL = {
  apa: 'apa',
  chicago: 'chicago-fullnote-bibliography',
  gbt7714: 'china-national-standard-gb-t-7714-2015-numeric',
} as const;

const styles = new Map<string, string>();
const styleXml = (name: string) => styles.get(name) ?? styles.set(name, readFileSync(`${DIR}/styles/${name}.csl`, 'utf8')).get(name)!;

function engine(style: string, items: readonly object[]) {
  const byId = new Map(items.map((item) => [(item as { id: string }).id, item]));
  const system = {
    retrieveLocale: (lang: string) => readFileSync(`${DIR}/locales/locales-${lang}.xml`, 'utf8'),
    retrieveItem: (id: string) => byId.get(id),
  };
  const processor = new CSL.Engine(system, styleXml(style), 'en-US');
  processor.setOutputFormat('html');
  processor.updateItems([...byId.keys()]);
  return processor;
}

/** The bibliography's entry for `item`, as the style writes it alone. */
export function bibliographyEntry(style: string, item: object): string {
  const [, entries] = engine(style, [item]).makeBibliography();
  return tidy(entries[0]);
}

/** The first (full) note or in-text citation of `item`, with a paragraph as locator if given. */
export function citation(style: string, item: object, paragraph?: string): string {
  const locator = paragraph === undefined ? {} : { locator: paragraph, label: 'paragraph' };
  return tidy(engine(style, [item]).makeCitationCluster([{ id: (item as { id: string }).id, position: 0, ...locator }]));
}

/** The text inside citeproc's markup: entities decoded, `<i>` kept, its wrapping elements (and GB/T's number) dropped. */
function tidy(html: string): string {
  return html
    .replace(/<div class="csl-left-margin">.*?<\/div>/g, '')
    .replace(/<(?!\/?i>)[^>]+>/g, '')
    .replace(/&#38;/g, '&').replace(/&#60;/g, '<').replace(/&#62;/g, '>').replace(/&amp;/g, '&')
    .trim();
}

export type { CslRecord };
