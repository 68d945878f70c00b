/**
 * The names that tie the search element's markup (src/components/SearchPage.astro) to its
 * script (src/scripts/search-page.ts): the parts the script finds, the fields of the result
 * template it fills in, and the count beside each category. Both sides take them from here,
 * so a part is named once, and a misspelt one fails the type check.
 */
import type { CategoryId } from '../site/categories.ts';

/** The parts of the search element the script works with. */
export type SearchPart = 'form' | 'query' | 'filter' | 'glossary' | 'status' | 'results' | 'more' | 'empty' | 'browse' | 'result';

const partAttribute = (part: SearchPart) => `data-search-${part}`;

/** The attribute that marks an element as a part, to spread onto it: `data-search-status`. */
export const searchPart = (part: SearchPart): Record<string, string> => ({ [partAttribute(part)]: '' });
export const partSelector = (part: SearchPart): string => `[${partAttribute(part)}]`;

/** The fields of the result template, filled in from each result. */
export type ResultField = 'link' | 'subtitle' | 'meta' | 'place' | 'category' | 'excerpt';

export const resultField = (field: ResultField): { 'data-field': ResultField } => ({ 'data-field': field });
export const fieldSelector = (field: ResultField): string => `[data-field="${field}"]`;

/** The count beside a category's choice in the filter; `''` is all categories. */
export const categoryCount = (category: CategoryId | ''): { 'data-count': string } => ({ 'data-count': category });
/** One category's count, or without a category every count. */
export const countSelector = (category?: CategoryId | ''): string =>
  category === undefined ? '[data-count]' : `[data-count="${category}"]`;
