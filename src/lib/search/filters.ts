/**
 * What the search index files a page under, as the case and glossary pages write it for
 * Pagefind and the search page asks for it. The index holds category ids, never labels:
 * a renamed label changes the screen only, not the index or the meaning of a shared
 * `/search/?category=<id>` address. Labels are looked up in the category list when shown.
 */

/** The filter (and the result meta) naming a page's category. */
export const CATEGORY_FILTER = 'category';

/** The glossary's value of the category filter: no category, but counted among all results. */
export const GLOSSARY_CATEGORY = 'glossary';
