/**
 * The one place pages get cases from. The collection is read and indexed once
 * per build (the promise is shared by every page), not once per page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { buildCaseIndex, type CaseIndex } from './case-index.ts';
import { caseTextHtml } from './case-text.ts';
import { readCaseText } from './loader.ts';
import { buildCrossIndex, type CrossIndex } from './cross-index.ts';
import { readSourceChecks, type SourceChecks } from './source-checks.ts';

export type CaseEntry = CollectionEntry<'cases'>;

let index: Promise<CaseIndex<CaseEntry>> | undefined;
let crossIndex: Promise<CrossIndex<CaseEntry>> | undefined;
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
 * Themes, related cases and the glossary, built once from the same index. Their links
 * point at paragraphs, so this reads each case's text once from its file.
 */
export function getCrossIndex(): Promise<CrossIndex<CaseEntry>> {
  crossIndex ??= getCaseIndex().then(async (cases) => {
    const texts = new Map(
      await Promise.all(cases.all.map(async (entry) => [entry.id, await readCaseText(entry.filePath!)] as const)),
    );
    return buildCrossIndex(cases.all, (entry) => texts.get(entry.id) ?? '');
  });
  return crossIndex;
}

/** A case's text as its page shows it, written from its file (src/lib/content/case-text.ts). */
export async function getCaseTextHtml(entry: CaseEntry): Promise<string> {
  return caseTextHtml(await readFile(entry.filePath!, 'utf8'));
}

/** The sources' last checks (content/source-checks.json), read once per build; the loader has validated them. */
export function getSourceChecks(): Promise<SourceChecks> {
  sourceChecks ??= readSourceChecks();
  return sourceChecks;
}
