/**
 * Everything a case page and the collection's reference files cite, from one CSL-JSON record
 * per case (and one per original report): the styled citations a page shows and the records
 * behind `/cases.ris`, `/cases.bib`, `/cases.csl.json` and each case's own downloads.
 */
import type { CaseData } from '../../content.config.ts';
import { absoluteUrl, caseUrl } from '../site/urls.ts';
import { citeCase, type Citation, type CitationInput } from './citation.ts';
import { caseCslRecords, type CslRecord } from './csl.ts';
import { toBibtex, toBiblatex } from './formats.ts';

/** Citation.js's entries, one string each, without the blank lines around them. */
const splitEntries = (text: string): string[] => text.trim().split(/\n(?=@)/).map((entry) => entry.trim());

/** The citations a case page shows, every style from the same fields. */
export function citeCasePage(input: CitationInput): Citation[] {
  const records = caseCslRecords(input);
  return citeCase(input, { biblatex: splitEntries(toBiblatex(records)), bibtex: splitEntries(toBibtex(records)) });
}

/** The CSL-JSON records of cases, in the order given, for the site published at `site`. */
export function collectionRecords(
  entries: readonly { id: string; data: Pick<CaseData, 'title' | 'subtitle' | 'place' | 'source'> }[],
  site: URL | string,
  accessed: string,
): CslRecord[] {
  return entries.flatMap((entry) =>
    caseCslRecords({ slug: entry.id, data: entry.data, url: absoluteUrl(caseUrl(entry.id), site), accessed }),
  );
}
