/**
 * The public data file `/cases.json`. Its field names are a contract (SITE.md):
 * fields may be added, never renamed or dropped.
 */
import { getCategory } from './categories';
import type { CaseData } from './case-schema';
import { caseUrl } from './urls';

export interface CaseRecord {
  slug: string;
  url: string;
  title: string;
  subtitle: string;
  category: CaseData['category'];
  categoryLabel: string;
  order: number;
  place: CaseData['place'];
  summary: string;
  /** `null`, not absent, where the document gives no source. */
  source: NonNullable<CaseData['source']> | null;
  keyFigures: CaseData['keyFigures'];
}

export function toCaseRecord(entry: { id: string; data: CaseData }): CaseRecord {
  const { data } = entry;
  return {
    slug: entry.id,
    url: caseUrl(entry.id),
    title: data.title,
    subtitle: data.subtitle,
    category: data.category,
    categoryLabel: getCategory(data.category).label,
    order: data.order,
    place: data.place,
    summary: data.summary,
    source: data.source ?? null,
    keyFigures: data.keyFigures,
  };
}

export function toCasesJson(entries: readonly { id: string; data: CaseData }[]): string {
  return `${JSON.stringify({ cases: entries.map(toCaseRecord) }, null, 2)}\n`;
}
