/**
 * The `<meta>` tags reference managers read from a case page, from its CSL record: Highwire Press
 * (`citation_*`) and Dublin Core (`DC.*`, named by `<link rel="schema.DC">`), beside the Open Graph
 * tags of the layout (`og:type` website, `og:site_name`). Zotero's Embedded Metadata translator
 * makes a Web Page of them only while no tag names a journal or a type (`citation_title` alone
 * would guess Journal Article; `og:type` website settles it), takes `DC.source` as the Website
 * Title, and takes any `citation_date`, `DC.date` or first `<time datetime>` as the item's date,
 * so none of them appears: the page has no date of its own.
 */
import type { CslRecord } from './csl.ts';

export interface MetaTag {
  name: string;
  content: string;
}

/** Dublin Core's element namespace, named by `<link rel="schema.DC">`. */
export const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/';

export const caseMetaTags = (page: CslRecord): MetaTag[] =>
  (
    [
      ['citation_title', page.title],
      ['citation_publisher', page.publisher],
      ['citation_public_url', page.URL],
      ['citation_language', page.language],
      ['citation_abstract', page.abstract],
      ['DC.title', page.title],
      ['DC.publisher', page.publisher],
      ['DC.identifier', page.URL],
      ['DC.language', page.language],
      ['DC.description', page.abstract],
    ] as const
  ).flatMap(([name, content]) => (content ? [{ name, content }] : []));
