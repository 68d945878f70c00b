/**
 * Reading a dictionary of whole sentences with named placeholders (`{count}`), for the build's
 * pages (src/lib/site/words.ts) and, with the few sentences it needs handed over in its markup,
 * for the search page's script. A counted sentence has a key per plural form (`…_one`, `…_other`).
 */
export type Dictionary = Readonly<Record<string, string>>;
export type Values = Record<string, string | number>;

const plurals = new Intl.PluralRules('en');

/** `template` with each `{name}` replaced by `values[name]`; a name without a value stays as written (for markup slots). */
export const fill = (template: string, values: Values): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/** The dictionary's reader: the sentence `key`, filled in, in the plural form `values.count` asks for where it has several. */
export function translator(dictionary: Dictionary) {
  return (key: string, values: Values = {}): string => {
    const template = dictionary[key] ?? dictionary[`${key}_${plurals.select(Number(values.count))}`];
    if (template === undefined) throw new Error(`No sentence "${key}" in the dictionary`);
    return fill(template, values);
  };
}
