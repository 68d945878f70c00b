/**
 * The collection, sorted and indexed once. Every page asks this index instead of
 * sorting or filtering the whole collection itself, which would make a build of
 * n cases cost n² at thousands of cases.
 */
import { CATEGORIES, type CategoryId } from '../site/categories.ts';
import type { CaseData } from './schema.ts';

/** The shape of an entry the index needs; Astro's collection entries fit it. */
export interface IndexableCase {
  id: string;
  data: Pick<CaseData, 'category' | 'order'>;
}

export interface Neighbours<T> {
  previous?: T;
  next?: T;
}

export interface CaseIndex<T extends IndexableCase> {
  /** Every case in chapter order. */
  all: readonly T[];
  /** Each category's cases in chapter order; every category is present, perhaps empty. */
  byCategory: ReadonlyMap<CategoryId, readonly T[]>;
  get(slug: string): T | undefined;
  /** The cases before and after this one in chapter order. */
  neighbours(slug: string): Neighbours<T>;
}

export function buildCaseIndex<T extends IndexableCase>(entries: readonly T[]): CaseIndex<T> {
  const all = [...entries].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const position = new Map(all.map((entry, index) => [entry.id, index]));
  const byCategory = new Map<CategoryId, T[]>(CATEGORIES.map((category) => [category.id, []]));
  for (const entry of all) byCategory.get(entry.data.category)?.push(entry);
  return {
    all,
    byCategory,
    get: (slug) => {
      const index = position.get(slug);
      return index === undefined ? undefined : all[index];
    },
    neighbours: (slug) => {
      const index = position.get(slug);
      if (index === undefined) return {};
      return { previous: all[index - 1], next: all[index + 1] };
    },
  };
}
