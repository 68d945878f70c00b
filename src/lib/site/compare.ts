/** The rows of /compare/ that `<Compare row="…">` marks in a case's text. */
export const COMPARE_ROWS = ['organised', 'mechanisms', 'evaluation', 'digitalTools'] as const;
export type CompareRow = (typeof COMPARE_ROWS)[number];
