/**
 * The collection sorted and indexed once per build, so that no page sorts, filters or scans
 * the whole collection itself (n pages each doing that would cost n² at thousands of cases):
 * chapter order, categories, neighbours, themes with their cases, related cases, the glossary.
 */
import type { CaseData } from '../../content.config.ts';
import { CATEGORIES, type CategoryId } from '../site/categories.ts';
import { THEMES, type ThemeId } from '../site/themes.ts';
import type { Annotations, TermUse, ThemeQuote } from './case-plugin.ts';

/** A case as pages use it: its entry's id and data, and what its text marks. */
export interface Case {
  id: string;
  data: CaseData;
  annotations: Annotations;
}

/** Where a case shows a theme. */
export interface ThemeUse<T> extends Omit<ThemeQuote, 'id'> {
  entry: T;
}

export interface GlossaryEntry<T> {
  term: string;
  /** The entry's fragment id on the glossary, unique. */
  anchor: string;
  /** The cases that mark the term, in chapter order. */
  uses: (Omit<TermUse, 'term'> & { entry: T })[];
}

export interface CaseIndex<T extends Case = Case> {
  /** Every case in chapter order. */
  all: readonly T[];
  /** Each category's cases in chapter order; every category is present, perhaps empty. */
  byCategory: ReadonlyMap<CategoryId, readonly T[]>;
  get(slug: string): T | undefined;
  neighbours(slug: string): { previous?: T; next?: T };
  /** Every theme, with the cases showing it in chapter order (perhaps none). */
  byTheme: ReadonlyMap<ThemeId, readonly ThemeUse<T>[]>;
  /** Cases sharing a theme with this one: most shared themes first, then the nearest in the chapter. */
  related(slug: string): readonly T[];
  /** Every term, alphabetically. */
  glossary: readonly GlossaryEntry<T>[];
}

/** At most this many related cases a case; per theme, this many neighbours on each side are considered. */
export const RELATED_LIMIT = 6;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** "4:30 classes" → "term-4-30-classes". */
export function termAnchor(term: string): string {
  const slug = term.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `term-${slug || 'x'}`;
}

export function buildCaseIndex<T extends Case>(entries: readonly T[]): CaseIndex<T> {
  const all = [...entries].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const position = new Map(all.map((entry, index) => [entry.id, index]));
  const byCategory = new Map<CategoryId, T[]>(CATEGORIES.map((category) => [category.id, []]));
  const byTheme = new Map<ThemeId, ThemeUse<T>[]>(THEMES.map((theme) => [theme.id, []]));
  const terms = new Map<string, GlossaryEntry<T>['uses']>();
  for (const entry of all) {
    byCategory.get(entry.data.category)!.push(entry);
    for (const { id, ...use } of entry.annotations.themes) byTheme.get(id)!.push({ entry, ...use });
    for (const { term, ...use } of entry.annotations.terms) terms.set(term, [...(terms.get(term) ?? []), { entry, ...use }]);
  }
  const anchors = new Set<string>();
  const glossary = [...terms.keys()].sort(collator.compare).map((term) => {
    let anchor = termAnchor(term);
    for (let n = 2; anchors.has(anchor); n += 1) anchor = `${termAnchor(term)}-${n}`;
    anchors.add(anchor);
    return { term, anchor, uses: terms.get(term)! };
  });
  const related = buildRelated(all, byTheme, position);
  return {
    all,
    byCategory,
    get: (slug) => all[position.get(slug) ?? -1],
    neighbours: (slug) => {
      const index = position.get(slug);
      return index === undefined ? {} : { previous: all[index - 1], next: all[index + 1] };
    },
    byTheme,
    related: (slug) => related.get(slug) ?? [],
    glossary,
  };
}

/**
 * Related cases, for all at once. A theme may be shared by thousands of cases, so each case
 * looks only at its neighbours in each of its themes' lists (bounded work a case), then ranks
 * them by how many themes they share, then by distance in the chapter.
 */
function buildRelated<T extends Case>(all: readonly T[], byTheme: ReadonlyMap<ThemeId, readonly ThemeUse<T>[]>, chapter: ReadonlyMap<string, number>) {
  const inTheme = new Map([...byTheme].map(([theme, uses]) => [theme, new Map(uses.map((use, index) => [use.entry.id, index]))]));
  const related = new Map<string, T[]>();
  for (const entry of all) {
    const own = new Set(entry.annotations.themes.map((theme) => theme.id));
    const candidates = new Map<string, T>();
    for (const theme of own) {
      const at = inTheme.get(theme)!.get(entry.id)!;
      for (const use of byTheme.get(theme)!.slice(Math.max(0, at - RELATED_LIMIT), at + RELATED_LIMIT + 1)) {
        if (use.entry.id !== entry.id) candidates.set(use.entry.id, use.entry);
      }
    }
    const shared = (other: T) => other.annotations.themes.filter((theme) => own.has(theme.id)).length;
    const distance = (other: T) => Math.abs(chapter.get(other.id)! - chapter.get(entry.id)!);
    related.set(
      entry.id,
      [...candidates.values()]
        .sort((a, b) => shared(b) - shared(a) || distance(a) - distance(b) || chapter.get(a.id)! - chapter.get(b.id)!)
        .slice(0, RELATED_LIMIT),
    );
  }
  return related;
}
