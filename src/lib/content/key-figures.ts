/**
 * Key figures grouped by the sentence that states them: several figures of one sentence
 * (a count, a total, a "more than …") show that sentence once, under all of them.
 */
import type { KeyFigure } from './schema.ts';

export interface FigureGroup {
  /** The sentence of the case text, verbatim. */
  quote: string;
  /** The figures it states, in the order the case lists them. */
  figures: Omit<KeyFigure, 'quote'>[];
}

/** Groups in the order of each sentence's first figure; figures keep their order within a group. */
export function groupFiguresByQuote(figures: readonly KeyFigure[]): FigureGroup[] {
  const groups = new Map<string, FigureGroup>();
  for (const { quote, ...figure } of figures) {
    const group = groups.get(quote) ?? { quote, figures: [] };
    group.figures.push(figure);
    groups.set(quote, group);
  }
  return [...groups.values()];
}
