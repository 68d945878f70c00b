/** The dictionary's reader, for the pages and for the search page's script; a counted key ends `_one`, `_other`. */
type Dictionary = Readonly<Record<string, string>>;
export type Values = Record<string, string | number>;

const plurals = new Intl.PluralRules('en');

/** A name without a value stays as written, for markup slots. */
export const fill = (template: string, values: Values): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

export function translator(dictionary: Dictionary) {
  return (key: string, values: Values = {}): string => {
    const template = dictionary[key] ?? dictionary[`${key}_${plurals.select(Number(values.count))}`];
    if (template === undefined) throw new Error(`No sentence "${key}" in the dictionary`);
    return fill(template, values);
  };
}
