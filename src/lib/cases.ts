/**
 * The one place pages get cases from. The collection is read and indexed once
 * per build (the promise is shared by every page), not once per page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCaseIndex, type CaseIndex } from './case-index';
import { buildCrossIndex, type CrossIndex } from './cross-index';

export type CaseEntry = CollectionEntry<'cases'>;

let index: Promise<CaseIndex<CaseEntry>> | undefined;
let crossIndex: Promise<CrossIndex<CaseEntry>> | undefined;

export function getCaseIndex(): Promise<CaseIndex<CaseEntry>> {
  index ??= getCollection('cases').then(buildCaseIndex);
  return index;
}

/** Themes, related cases and the glossary, built once from the same index. */
export function getCrossIndex(): Promise<CrossIndex<CaseEntry>> {
  crossIndex ??= getCaseIndex().then((cases) => buildCrossIndex(cases.all));
  return crossIndex;
}
