/**
 * The interface's words: one dictionary of whole sentences (src/translations/en.json, after
 * Starlight's translations) with named placeholders, `{count}`. Prose pages are content
 * (content/pages/); the cases, categories and themes bring their own words.
 */
import dictionary from '../../translations/en.json' with { type: 'json' };

type Key = keyof typeof dictionary;
/** A key, or a counted key without its `_one`/`_other` ending, which `count` then chooses. */
export type WordKey = Key | (Key extends `${infer Stem}_one` ? Stem : never);

const plurals = new Intl.PluralRules('en');

/** The sentence `key` with its placeholders filled in; a counted key takes the form `values.count` asks for. */
export function t(key: WordKey, values: Record<string, string | number> = {}): string {
  const words = dictionary as Record<string, string>;
  const template = words[key] ?? words[`${key}_${plurals.select(Number(values.count))}`];
  if (template === undefined) throw new Error(`No words for "${key}" in src/translations/en.json`);
  return fill(template, values);
}

/** `template` with each `{name}` replaced by `values[name]`; a name without a value stays as written. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
