/**
 * Every word the interface shows, in one place: components, layouts and page scripts read
 * them from here and write none of their own.
 * A change of wording is made here once; a second language is a second module of the same
 * shape. Each group is its own export, so a page script bundles only the words it uses.
 */

/** How dates are shown to a reader: the conventions of British English, "16 May 2025". */
export const DATE_LOCALE = 'en-GB';

/** The action buttons: print a page, copy a block of text. */
export const actionWords = {
  /** The status line after a copy: "APA (7th edition) citation copied." */
  copied: (what: string) => `${what} copied.`,
  /** Where the Clipboard API is missing: the text is selected for the reader to copy. */
  selected: (what: string) => `${what} selected: press Ctrl+C (⌘C on a Mac) to copy it.`,
};
