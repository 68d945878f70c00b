/** The rows of /compare/ that hold the cases' own phrases, marked in a case's text with `<Compare row="…">`. */
export const COMPARE_ROWS = ['organised', 'mechanisms', 'evaluation', 'digitalTools'] as const;
export type CompareRow = (typeof COMPARE_ROWS)[number];
