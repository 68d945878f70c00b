/**
 * Turns schema and YAML failures into the one-line messages editors read:
 * `<file>: <field>: <what was expected>`.
 */
import type { z } from 'astro/zod';

/** One problem, already phrased as the single line an editor will read. */
export interface ContentProblem {
  filePath: string;
  /** Where in the file, when the problem is at one place of the text (1-based, as editors count). */
  line?: number;
  column?: number;
  field: string;
  message: string;
}

/** `<file>: <field>: <message>`, or `<file>:<line>:<column>: …` when the place is known, which editors open at. */
export function formatProblem({ filePath, line, column, field, message }: ContentProblem): string {
  const place = line === undefined ? '' : `:${line}${column === undefined ? '' : `:${column}`}`;
  return `${filePath}${place}: ${field}: ${message}`;
}

/** `keyFigures.0.quote` reads better as `keyFigures[0].quote`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

export function zodProblems(filePath: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const parent = fieldName(issue.path);
      return {
        filePath,
        field: issue.keys.map((key) => (parent ? `${parent}.${key}` : key)).join(', '),
        message: 'unknown field (check its spelling; see README, "Adding a case")',
      };
    }
    return { filePath, field: fieldName(issue.path) || '(frontmatter)', message: issue.message };
  });
}

/** Thrown by the content loader; its message is one line per problem. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
    // The message is the whole report: a stack trace into the loader would only bury it.
    this.stack = `${this.name}: ${this.message}`;
  }
}
