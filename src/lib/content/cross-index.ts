/**
 * The views across cases: themes with their cases, related cases, and the
 * glossary. Built once per build from the chapter-ordered collection (each text
 * split into paragraphs once), so no page scans the whole collection itself.
 */
import type { CaseData } from './schema.ts';
import { findParagraph, splitParagraphs } from './paragraphs.ts';
import { THEMES, type ThemeId } from '../site/themes.ts';

/** The shape of an entry these views need; Astro's collection entries fit it. */
export interface CrossIndexableCase {
  id: string;
  data: Pick<CaseData, 'themes' | 'terms'> & Partial<Pick<CaseData, 'editorialNotes'>>;
  body?: string;
}

/** Where a case shows a theme: its sentence and the paragraph that holds it. */
export interface ThemeUse<T> {
  entry: T;
  quote: string;
  /** 1-based paragraph number of the quote in the case text, for `#p-N` links. */
  paragraph?: number;
}

/** One case's use of a glossary term. */
export interface TermUse<T> {
  entry: T;
  explanation: string;
  /** 1-based paragraph number where the term first occurs. */
  paragraph?: number;
}

export interface GlossaryEntry<T> {
  term: string;
  /** Unique fragment id on the glossary page. */
  anchor: string;
  /** The cases that list the term, in chapter order. */
  uses: readonly TermUse<T>[];
}

/** An editors' note on words of a case text, with the paragraph that holds them. */
export interface PlacedNote {
  quote: string;
  note: string;
  /** 1-based paragraph number of the quoted words, for `#p-N` links. */
  paragraph?: number;
}

export interface CrossIndex<T> {
  /** A case's editorial notes, each placed at its paragraph (none for most cases). */
  notes(slug: string): readonly PlacedNote[];
  /** Every theme of the vocabulary, with the cases showing it in chapter order (perhaps none). */
  byTheme: ReadonlyMap<ThemeId, readonly ThemeUse<T>[]>;
  /** Cases sharing a theme with this one: most shared themes first, then the nearest in the chapter. */
  related(slug: string): readonly T[];
  /** Every term, alphabetically. */
  glossary: readonly GlossaryEntry<T>[];
}

/** At most this many related cases per case, and per theme this many neighbours on each side are considered. */
export const RELATED_LIMIT = 6;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** "4:30 classes" → "term-4-30-classes". */
export function termAnchor(term: string): string {
  const slug = term
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `term-${slug || 'x'}`;
}

/**
 * `all` must be in chapter order (as `CaseIndex.all` is). `textOf` gives a case's text:
 * the build's data store keeps none, so the build reads the files (see `getCrossIndex`).
 */
export function buildCrossIndex<T extends CrossIndexableCase>(
  all: readonly T[],
  textOf: (entry: T) => string = (entry) => entry.body ?? '',
): CrossIndex<T> {
  const byTheme = new Map<ThemeId, ThemeUse<T>[]>(THEMES.map((theme) => [theme.id, []]));
  const terms = new Map<string, TermUse<T>[]>();
  const notes = new Map<string, PlacedNote[]>();
  for (const entry of all) {
    const paragraphs = splitParagraphs(textOf(entry));
    const placed = (entry.data.editorialNotes ?? []).map(({ quote, note }) => ({ quote, note, paragraph: findParagraph(paragraphs, quote) }));
    if (placed.length > 0) notes.set(entry.id, placed);
    for (const { id, quote } of entry.data.themes) {
      byTheme.get(id)?.push({ entry, quote, paragraph: findParagraph(paragraphs, quote) });
    }
    for (const { term, explanation } of entry.data.terms) {
      const uses = terms.get(term) ?? [];
      uses.push({ entry, explanation, paragraph: findParagraph(paragraphs, term) });
      terms.set(term, uses);
    }
  }

  const related = buildRelated(all, byTheme);

  const usedAnchors = new Set<string>();
  const glossary = [...terms.keys()].sort(collator.compare).map((term) => {
    let anchor = termAnchor(term);
    for (let n = 2; usedAnchors.has(anchor); n += 1) anchor = `${termAnchor(term)}-${n}`;
    usedAnchors.add(anchor);
    return { term, anchor, uses: terms.get(term)! };
  });

  return { byTheme, related: (slug) => related.get(slug) ?? [], glossary, notes: (slug) => notes.get(slug) ?? [] };
}

/**
 * Related cases, computed once for all. A theme may be shared by thousands of
 * cases, so each case looks only at its neighbours in each of its themes' lists
 * (bounded work per case), then ranks them by how many themes they share.
 */
function buildRelated<T extends CrossIndexableCase>(
  all: readonly T[],
  byTheme: ReadonlyMap<ThemeId, readonly ThemeUse<T>[]>,
): Map<string, T[]> {
  const chapterPosition = new Map(all.map((entry, index) => [entry.id, index]));
  const themePosition = new Map<ThemeId, Map<string, number>>();
  for (const [theme, uses] of byTheme) {
    themePosition.set(theme, new Map(uses.map((use, index) => [use.entry.id, index])));
  }
  const related = new Map<string, T[]>();
  for (const entry of all) {
    const own = new Set(entry.data.themes.map((theme) => theme.id));
    const candidates = new Map<string, T>();
    for (const theme of own) {
      const uses = byTheme.get(theme) ?? [];
      const at = themePosition.get(theme)?.get(entry.id) ?? 0;
      for (const use of uses.slice(Math.max(0, at - RELATED_LIMIT), at + RELATED_LIMIT + 1)) {
        if (use.entry.id !== entry.id) candidates.set(use.entry.id, use.entry);
      }
    }
    const shared = (other: T) => other.data.themes.filter((theme) => own.has(theme.id)).length;
    const distance = (other: T) => Math.abs(chapterPosition.get(other.id)! - chapterPosition.get(entry.id)!);
    related.set(
      entry.id,
      [...candidates.values()]
        .map((other) => ({ other, shared: shared(other), distance: distance(other) }))
        .sort((a, b) => b.shared - a.shared || a.distance - b.distance || chapterPosition.get(a.other.id)! - chapterPosition.get(b.other.id)!)
        .slice(0, RELATED_LIMIT)
        .map(({ other }) => other),
    );
  }
  return related;
}
