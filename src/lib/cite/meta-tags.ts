/**
 * The `<meta>` tags reference-manager connectors read from a case page: Highwire Press
 * (`citation_*`, read by Zotero's Embedded Metadata translator, Mendeley and Google Scholar)
 * and Dublin Core (`DC.*`, read with `<link rel="schema.DC">`).
 *
 * No date tag: what these tags describe is this page, which has no date of its own (the
 * chapter is undated). Zotero takes `citation_date` and `DC.date` as the item's date, so the
 * original report's date there would date this page wrongly; the report is named instead
 * (`DC.source`), and the connector records the reader's date of access itself.
 */
import type { CaseData } from '../../content.config.ts';
import { SITE } from '../site/identity.ts';
import { fullTitle } from './citation.ts';

export interface MetaTag {
  name: string;
  content: string;
}

/** Dublin Core's element namespace, named by `<link rel="schema.DC">`. */
export const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/';

export function caseMetaTags(data: Pick<CaseData, 'title' | 'subtitle' | 'source'>, url: string): MetaTag[] {
  const title = fullTitle(data);
  return [
    { name: 'citation_title', content: title },
    { name: 'citation_publisher', content: SITE.publisher.name },
    { name: 'citation_public_url', content: url },
    { name: 'citation_language', content: 'en' },
    { name: 'DC.title', content: title },
    { name: 'DC.publisher', content: SITE.publisher.name },
    { name: 'DC.identifier', content: url },
    { name: 'DC.language', content: 'en' },
    { name: 'DC.type', content: 'Text' },
    ...(data.source ? [{ name: 'DC.source', content: data.source.url }] : []),
  ];
}
