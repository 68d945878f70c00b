/**
 * The one place pages get cases from. The collection is read and indexed once
 * per build (the promise is shared by every page), not once per page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCaseIndex, type CaseIndex } from './case-index.ts';
import { caseTextHtml } from './case-text.ts';
import { readCaseText } from './loader.ts';
import { buildCrossIndex, type CrossIndex } from './cross-index.ts';
import { readSourceChecks, type SourceChecks } from './source-checks.ts';

export type CaseEntry = CollectionEntry<'cases'>;

let index: Promise<CaseIndex<CaseEntry>> | undefined;
let crossIndex: Promise<CrossIndex<CaseEntry>> | undefined;
let caseTexts: Promise<Map<string, string>> | undefined;
let sourceChecks: Promise<SourceChecks> | undefined;

export function getCaseIndex(): Promise<CaseIndex<CaseEntry>> {
  index ??= getCollection('cases').then(buildCaseIndex);
  return index;
}

/** The collection as the home, search and about pages show it: each category's cases, and how many in all. */
export interface CollectionOverview {
  byCategory: CaseIndex<CaseEntry>['byCategory'];
  total: number;
}

export async function getCollectionOverview(): Promise<CollectionOverview> {
  const cases = await getCaseIndex();
  return { byCategory: cases.byCategory, total: cases.all.length };
}

/**
 * Every case's text, read once per build from its file (the data store keeps none): the
 * cross index needs them for its paragraph links, and each case page for its text.
 */
function getCaseTexts(): Promise<Map<string, string>> {
  caseTexts ??= getCaseIndex().then(
    async (cases) => new Map(await Promise.all(cases.all.map(async (entry) => [entry.id, await readCaseText(entry.filePath!)] as const))),
  );
  return caseTexts;
}

/** Themes, related cases and the glossary, built once from the same index and texts. */
export function getCrossIndex(): Promise<CrossIndex<CaseEntry>> {
  crossIndex ??= Promise.all([getCaseIndex(), getCaseTexts()]).then(([cases, texts]) =>
    buildCrossIndex(cases.all, (entry) => texts.get(entry.id) ?? ''),
  );
  return crossIndex;
}

/** A case's text as its page shows it (src/lib/content/case-text.ts). */
export async function getCaseTextHtml(entry: CaseEntry): Promise<string> {
  const text = (await getCaseTexts()).get(entry.id);
  if (text === undefined) throw new Error(`${entry.filePath}: no text was read for case "${entry.id}"`);
  return caseTextHtml(text);
}

/** The sources' last checks (content/source-checks.json), read once per build; the loader has validated them. */
export function getSourceChecks(): Promise<SourceChecks> {
  sourceChecks ??= readSourceChecks();
  return sourceChecks;
}
