/**
 * The interface's words: one dictionary of whole sentences (src/translations/en.json, after
 * Starlight's translations) with named placeholders, `{count}`. Prose pages are content
 * (content/pages/); the cases, categories and themes bring their own words.
 */
import dictionary from '../../translations/en.json' with { type: 'json' };
import { translator, type Values } from './translate.ts';

type Key = keyof typeof dictionary;
/** The key of a counted sentence without its `_one` ending (distributed over the keys: a type parameter). */
type Counted<K> = K extends `${infer Stem}_one` ? Stem : never;
/** A key, or a counted key without its `_one`/`_other` ending. */
export type WordKey = Key | Counted<Key>;

const translate = translator(dictionary);

/** The sentence `key` with its placeholders filled in. */
export const t = (key: WordKey, values?: Values): string => translate(key, values);

/** The sentences of `keys` (both plural forms of a counted one) as they stand: for a page script to read with `translator`. */
export function sentences(keys: readonly WordKey[]): Record<string, string> {
  const words = dictionary as Record<string, string>;
  return Object.fromEntries(Object.entries(words).filter(([key]) => keys.some((wanted) => key === wanted || key.startsWith(`${wanted}_`))));
}
