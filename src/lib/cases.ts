/**
 * The one place pages get cases from. The collection is read and indexed once
 * per build (the promise is shared by every page), not once per page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCaseIndex, type CaseIndex } from './case-index';

export type CaseEntry = CollectionEntry<'cases'>;

let index: Promise<CaseIndex<CaseEntry>> | undefined;

export function getCaseIndex(): Promise<CaseIndex<CaseEntry>> {
  index ??= getCollection('cases').then(buildCaseIndex);
  return index;
}
