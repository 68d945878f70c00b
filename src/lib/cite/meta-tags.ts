/**
 * The Highwire Press and Dublin Core tags reference managers read. Zotero takes any
 * `citation_date`, `DC.date` or first `<time datetime>` as the item's date, so none appears: the
 * page has no date of its own.
 */
import type { CslRecord } from './csl.ts';

/** Dublin Core's element namespace, named by `<link rel="schema.DC">`. */
export const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/';

export const caseMetaTags = (page: CslRecord): { name: string; content: string }[] =>
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
