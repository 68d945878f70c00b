/** The messages editors read when a case is refused: `content/cases/x.mdx:12:5: body: …`, one line each. */
import { isAbsolute, relative } from 'node:path';
import type { z } from 'astro/zod';
import { printable } from './validation.ts';

/** A path as a reader finds it from `from`: relative when inside, else absolute (never `../../tmp/…`). */
export function shownPath(path: string, from = process.cwd()): string {
  const inside = relative(from, path);
  return inside.startsWith('..') || isAbsolute(inside) ? path : inside || '.';
}

export interface ContentProblem {
  filePath: string;
  /** 1-based, as editors count. */
  line?: number;
  column?: number;
  field: string;
  message: string;
}

/** Control characters escaped: a file name or a quoted value cannot forge the lines around it. */
export function formatProblem({ filePath, line, column, field, message }: ContentProblem): string {
  const place = line === undefined ? '' : `:${line}${column === undefined ? '' : `:${column}`}`;
  return printable(`${filePath}${place}: ${field}: ${message}`.replace(/\r?\n/g, ' '));
}

/** `source.0.url` reads better as `source[0].url`. */
export const fieldName = (path: readonly PropertyKey[]): string =>
  path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('');

export function zodProblems(filePath: string, error: z.ZodError, lineOf: (path: readonly PropertyKey[]) => number | undefined = () => undefined): ContentProblem[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const parent = fieldName(issue.path);
      return {
        filePath,
        line: lineOf([...issue.path, issue.keys[0]]),
        field: issue.keys.map((key) => (parent ? `${parent}.${key}` : key)).join(', '),
        message: 'unknown field (check its spelling; docs/editors-guide.md lists the fields)',
      };
    }
    return { filePath, line: lineOf(issue.path), field: fieldName(issue.path) || '(frontmatter)', message: issue.message };
  });
}

export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
    // The message is the whole report; a stack trace into the loader would only bury it.
    this.stack = `${this.name}: ${this.message}`;
  }
}
