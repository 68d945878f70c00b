/**
 * Checks that need more than one field or more than one file, which a per-entry
 * schema cannot express. Pure functions: the loader runs them during content sync
 * (before any page is written) and unit tests call them directly.
 */
import type { CaseData } from './case-schema';

/** A case as the checks see it: where it came from, its parsed data and its text. */
export interface CheckedCase {
  id: string;
  /** Path of the source file, relative to the project, for messages. */
  filePath: string;
  data: Pick<CaseData, 'order' | 'keyFigures'>;
  body: string;
}

/** One problem, already phrased as the single line an editor will read. */
export interface ContentProblem {
  filePath: string;
  field: string;
  message: string;
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Collapses every run of white space so that line wrapping never decides a match. */
export const normaliseSpace = (value: string): string => value.replace(/\s+/g, ' ').trim();

export function formatProblem({ filePath, field, message }: ContentProblem): string {
  return `${filePath}: ${field}: ${message}`;
}

/** The file name (without `.mdx`) must already be a valid slug: it becomes the URL. */
export function checkSlug(fileName: string, filePath: string): ContentProblem[] {
  return SLUG_PATTERN.test(fileName)
    ? []
    : [
        {
          filePath,
          field: 'file name',
          message: `"${fileName}" must be lower-case letters and digits joined by single hyphens (it becomes the URL /cases/<name>/)`,
        },
      ];
}

/** Problems within one case: an empty text, or a key-figure quote that its text does not contain. */
export function checkCase(entry: CheckedCase): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const body = normaliseSpace(entry.body);
  if (body === '') {
    problems.push({ filePath: entry.filePath, field: 'body', message: 'the case text is empty' });
  }
  entry.data.keyFigures.forEach((figure, index) => {
    if (!body.includes(normaliseSpace(figure.quote))) {
      problems.push({
        filePath: entry.filePath,
        field: `keyFigures[${index}].quote`,
        message: `not found verbatim in the case text: "${truncate(figure.quote, 80)}"`,
      });
    }
  });
  return problems;
}

/**
 * Problems across cases: two cases may not share a chapter position. Each file of a clash
 * is named, with the others: which one is wrong only the editor can tell.
 */
export function checkCollection(entries: readonly CheckedCase[]): ContentProblem[] {
  const byOrder = new Map<number, CheckedCase[]>();
  for (const entry of entries) byOrder.set(entry.data.order, [...(byOrder.get(entry.data.order) ?? []), entry]);
  return [...byOrder.values()]
    .filter((clash) => clash.length > 1)
    .flatMap((clash) =>
      clash
        .map((entry) => entry.filePath)
        .sort()
        .map((filePath, _, paths) => ({
          filePath,
          field: 'order',
          message: `${clash[0].data.order} is also the position of ${paths.filter((other) => other !== filePath).join(', ')}; each case needs its own position`,
        })),
    );
}

function truncate(value: string, length: number): string {
  const flat = normaliseSpace(value);
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}
