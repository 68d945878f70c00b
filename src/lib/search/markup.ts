/** The names shared by the search element's markup and its script: a misspelt one fails the type check. */
import type { CategoryId } from '../site/categories.ts';

export type SearchPart = 'form' | 'query' | 'filter' | 'glossary' | 'status' | 'results' | 'more' | 'empty' | 'browse' | 'result';

const partAttribute = (part: SearchPart) => `data-search-${part}`;

export const searchPart = (part: SearchPart): Record<string, string> => ({ [partAttribute(part)]: '' });
export const partSelector = (part: SearchPart): string => `[${partAttribute(part)}]`;

export type ResultField = 'link' | 'subtitle' | 'meta' | 'place' | 'category' | 'excerpt';

export const resultField = (field: ResultField): { 'data-field': ResultField } => ({ 'data-field': field });
export const fieldSelector = (field: ResultField): string => `[data-field="${field}"]`;

/** `''` is all categories. */
export const categoryCount = (category: CategoryId | ''): { 'data-count': string } => ({ 'data-count': category });
export const countSelector = (category?: CategoryId | ''): string =>
  category === undefined ? '[data-count]' : `[data-count="${category}"]`;
