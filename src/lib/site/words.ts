/** The interface's words: one dictionary of whole sentences with named placeholders, as Starlight's. */
import dictionary from '../../translations/en.json' with { type: 'json' };
import { translator, type Values } from './translate.ts';

type Key = keyof typeof dictionary;
/** A type parameter, so that it distributes over the keys. */
type Counted<K> = K extends `${infer Stem}_one` ? Stem : never;
type WordKey = Key | Counted<Key>;

const translate = translator(dictionary);

export const t = (key: WordKey, values?: Values): string => translate(key, values);

/** For a page script to read with `translator`. */
export function sentences(keys: readonly WordKey[]): Record<string, string> {
  const words = dictionary as Record<string, string>;
  return Object.fromEntries(Object.entries(words).filter(([key]) => keys.some((wanted) => key === wanted || key.startsWith(`${wanted}_`))));
}
