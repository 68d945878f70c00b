/**
 * Checks that need more than one field or more than one file, which a per-entry
 * schema cannot express. Pure functions: the loader runs them during content sync
 * (before any page is written) and unit tests call them directly.
 */
import { normaliseSpace } from '../format/text.ts';
import type { ContentProblem } from './errors.ts';
import type { CaseData } from './schema.ts';

/** A case as the checks see it: where it came from, its parsed data and its text. */
export interface CheckedCase {
  id: string;
  /** Path of the source file, relative to the project, for messages. */
  filePath: string;
  data: Pick<CaseData, 'order' | 'keyFigures'> & Partial<Pick<CaseData, 'themes' | 'terms' | 'compare' | 'editorialNotes'>>;
  body: string;
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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

/**
 * What `npm run new-case` writes where the editor has to fill something in. A
 * value starting with it is never real content, so the build refuses it by name.
 */
export const PLACEHOLDER = 'TODO:';

/** Every field (and the text) still holding a placeholder from `npm run new-case`. */
export function checkPlaceholders(data: unknown, body: string, filePath: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const visit = (value: unknown, field: string) => {
    if (typeof value === 'string' && value.trim().startsWith(PLACEHOLDER)) {
      problems.push({ filePath, field, message: `still the placeholder from npm run new-case: ${truncate(value, 100)}` });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${field}[${index}]`));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) visit(item, field ? `${field}.${key}` : key);
    }
  };
  visit(data, '');
  if (body.includes(PLACEHOLDER)) {
    problems.push({ filePath, field: 'body', message: `still holds a placeholder (${PLACEHOLDER}) from npm run new-case: paste the case text` });
  }
  return problems;
}

/**
 * Problems within one case: an empty text, or a structured value (key-figure
 * quote, theme sentence, glossary term, comparison phrase) its text does not
 * contain word for word, or a theme or term listed twice.
 */
export function checkCase(entry: CheckedCase): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const body = normaliseSpace(entry.body);
  if (body === '') {
    problems.push({ filePath: entry.filePath, field: 'body', message: 'the case text is empty' });
  }
  const requireVerbatim = (value: string, field: string) => {
    if (!body.includes(normaliseSpace(value))) {
      problems.push({
        filePath: entry.filePath,
        field,
        message: `not found verbatim in the case text: "${truncate(value, 80)}"`,
      });
    }
  };
  const requireUnique = (values: readonly string[], field: string, what: string) => {
    const seen = new Set<string>();
    values.forEach((value, index) => {
      if (seen.has(value)) {
        problems.push({ filePath: entry.filePath, field: `${field}[${index}]`, message: `${what} "${value}" is listed twice` });
      }
      seen.add(value);
    });
  };
  const { keyFigures, themes = [], terms = [], compare, editorialNotes = [] } = entry.data;
  keyFigures.forEach((figure, index) => requireVerbatim(figure.quote, `keyFigures[${index}].quote`));
  themes.forEach((theme, index) => requireVerbatim(theme.quote, `themes[${index}].quote`));
  requireUnique(themes.map((theme) => theme.id), 'themes', 'theme');
  terms.forEach((term, index) => requireVerbatim(term.term, `terms[${index}].term`));
  requireUnique(terms.map((term) => term.term), 'terms', 'term');
  editorialNotes.forEach((note, index) => requireVerbatim(note.quote, `editorialNotes[${index}].quote`));
  for (const [row, values] of Object.entries(compare ?? {})) {
    values.forEach((value, index) => requireVerbatim(value, `compare.${row}[${index}]`));
  }
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
