/** The index holds category ids, never labels: a renamed label leaves the index and shared addresses as they were. */
export const CATEGORY_FILTER = 'category';

/** No category, but counted among all results. */
export const GLOSSARY_CATEGORY = 'glossary';
