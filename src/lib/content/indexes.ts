/** The collection indexed once per build: n pages each scanning it would cost n² at thousands of cases. */
import type { CollectionEntry } from 'astro:content';
import { CATEGORIES, type CategoryId } from '../site/categories.ts';
import { THEMES, type ThemeId } from '../site/themes.ts';
import type { Annotations } from './case-plugin.ts';

/** A case's frontmatter, as the schema in src/content.config.ts gives it. */
export type CaseData = CollectionEntry<'cases'>['data'];
export type Source = NonNullable<CaseData['source']>;

export interface Case {
  id: string;
  data: CaseData;
  annotations: Annotations;
}

interface ThemeUse<T> extends Omit<Annotations['themes'][number], 'id'> {
  entry: T;
}

interface GlossaryEntry<T> {
  term: string;
  /** A fragment id on the glossary, unique. */
  anchor: string;
  /** In chapter order. */
  uses: (Omit<Annotations['terms'][number], 'term'> & { entry: T })[];
}

export interface CaseIndex<T extends Case = Case> {
  /** In chapter order, as every list below. */
  all: readonly T[];
  /** Every category, perhaps empty. */
  byCategory: ReadonlyMap<CategoryId, readonly T[]>;
  get(slug: string): T | undefined;
  neighbours(slug: string): { previous?: T; next?: T };
  /** Every theme, perhaps without cases. */
  byTheme: ReadonlyMap<ThemeId, readonly ThemeUse<T>[]>;
  /** Cases sharing a theme with this one: most shared themes first, then the nearest in the chapter. */
  related(slug: string): readonly T[];
  /** Alphabetical. */
  glossary: readonly GlossaryEntry<T>[];
}

/** Related cases a case; per theme, this many neighbours on each side are considered. */
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
    for (const { term, ...use } of entry.annotations.terms) {
      const uses = terms.get(term) ?? [];
      uses.push({ entry, ...use });
      terms.set(term, uses);
    }
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

/** A theme may be shared by thousands of cases: each case looks only at its neighbours in each theme's list. */
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
