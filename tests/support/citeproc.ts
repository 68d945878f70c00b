/** citeproc-js with the official CSL styles and locales Debian ships (.ci/run installs them); italics as `<i>`. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const CSL = createRequire(import.meta.url)('citeproc');
const DIR = '/usr/share/citation-style-language';
if (!existsSync(`${DIR}/styles/apa.csl`) || !existsSync(`${DIR}/locales/locales-en-US.xml`)) {
  throw new Error(`${DIR} lacks the official CSL styles: apt-get install citation-style-language-styles citation-style-language-locales (.ci/run does)`);
}

/** The official styles the page's styles are held to: Chicago's notes from its full-note style. */
export const OFFICIAL = {
  apa: 'apa',
  chicago: 'chicago-fullnote-bibliography',
  gbt7714: 'china-national-standard-gb-t-7714-2015-numeric',
} as const;

/** One processor a style, built once (parsing a style is the slow part); each item gets an id of its own. */
const items = new Map<string, object>();
const engines = new Map<string, any>();
let counter = 0;
function engine(style: string, item: object): [any, string] {
  let processor = engines.get(style);
  if (!processor) {
    const system = {
      retrieveLocale: (lang: string) => readFileSync(`${DIR}/locales/locales-${lang}.xml`, 'utf8'),
      retrieveItem: (id: string) => items.get(id),
    };
    processor = new CSL.Engine(system, readFileSync(`${DIR}/styles/${style}.csl`, 'utf8'), 'en-US');
    processor.setOutputFormat('html');
    engines.set(style, processor);
  }
  const id = `item-${++counter}`;
  items.set(id, { ...item, id });
  processor.updateItems([id]);
  return [processor, id];
}

/** The bibliography's entry for `item`, as the style writes it alone. */
export function bibliographyEntry(style: string, item: object): string {
  const [processor] = engine(style, item);
  return tidy(processor.makeBibliography()[1][0]);
}

/** The first (full) note or in-text citation of `item`, with a paragraph as locator if given. */
export function citation(style: string, item: object, paragraph?: string): string {
  const [processor, id] = engine(style, item);
  const locator = paragraph === undefined ? {} : { locator: paragraph, label: 'paragraph' };
  return tidy(processor.makeCitationCluster([{ id, position: 0, ...locator }]));
}

/** The text inside citeproc's markup: entities decoded, `<i>` kept, its wrapping elements (and GB/T's number) dropped. */
function tidy(html: string): string {
  return html
    .replace(/<div class="csl-left-margin">.*?<\/div>/g, '')
    .replace(/<(?!\/?i>)[^>]+>/g, '')
    .replace(/&#38;/g, '&').replace(/&#60;/g, '<').replace(/&#62;/g, '>').replace(/&amp;/g, '&')
    .trim();
}

