/**
 * The `cases` collection's loader: Astro's glob loader over `*.mdx`, plus the
 * checks a schema alone cannot make. Everything here runs during content sync,
 * so a bad file stops the build before a single page is written.
 */
import { readFile } from 'node:fs/promises';
import { basename, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { parseDocument } from 'yaml';
import { caseSchema, type CaseData } from './case-schema';
import { checkCase, checkCollection, checkSlug, type ContentProblem } from './case-checks';
import { ContentError, zodProblems } from './content-errors';

/** Where cases live; `CASES_DIR` points the build at another folder (tests use fixtures). */
export const casesDir = (): string => process.env.CASES_DIR ?? './content/cases';

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * Reads the frontmatter again with the YAML core schema: Astro's parser turns
 * `2025-02-30` into 2 March without a word, while here it stays the text the
 * editor wrote and the schema can reject it. Duplicate keys are errors too.
 */
export function parseFrontmatter(source: string, filePath: string): Record<string, unknown> {
  const match = FRONTMATTER.exec(source);
  if (!match) {
    throw new ContentError([
      { filePath, field: '(frontmatter)', message: 'the file must start with a --- frontmatter block ---' },
    ]);
  }
  const document = parseDocument(match[1], { schema: 'core', uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) {
    throw new ContentError(
      document.errors.map((error) => ({
        filePath,
        // +1: the opening `---` is line 1 of the file, the YAML starts on line 2.
        field: `YAML, line ${(error.linePos?.[0].line ?? 0) + 1}`,
        message: error.message.split('\n')[0],
      })),
    );
  }
  const data = document.toJS() as unknown;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ContentError([{ filePath, field: '(frontmatter)', message: 'must be a set of `key: value` fields' }]);
  }
  return data as Record<string, unknown>;
}

export function casesLoader(): Loader {
  // No raw bodies in the data store: the build embeds the store in one JavaScript
  // module, where every case's text would be a second copy of its MDX page
  // (about 40 MB at 3,000 cases). The checks below read the texts from the files.
  const globLoader = glob({ pattern: ['*.mdx', '!_*.mdx'], base: casesDir(), retainBody: false });
  return {
    name: 'cases-loader',
    load: async (context: LoaderContext) => {
      const root = context.config.root;
      /** Paths inside the project are shown relative to it, others in full. */
      const display = (filePath: string) => {
        const path = relative(fileURLToPath(root), filePath);
        return path.startsWith('..') ? filePath : path;
      };
      const fileById = new Map<string, string>();

      async function parseData<TData extends Record<string, unknown>>(props: {
        id: string;
        data: TData;
        filePath?: string;
      }): Promise<TData> {
        const filePath = props.filePath ?? props.id;
        const shown = display(filePath);
        const slugProblems = checkSlug(basename(filePath).replace(/\.mdx$/, ''), shown);
        if (slugProblems.length > 0) throw new ContentError(slugProblems);
        const earlier = fileById.get(props.id);
        if (earlier && earlier !== filePath) {
          throw new ContentError([
            { filePath: shown, field: 'slug', message: `"${props.id}" is already used by ${display(earlier)}` },
          ]);
        }
        fileById.set(props.id, filePath);
        const data = parseFrontmatter(await readFile(filePath, 'utf8'), shown);
        const result = caseSchema.safeParse(data);
        if (!result.success) throw new ContentError(zodProblems(shown, result.error));
        return context.parseData({ ...props, data: data as TData });
      }

      await globLoader.load({ ...context, parseData });

      const entries = await Promise.all(
        [...context.store.values()].map(async (entry) => {
          const filePath = entry.filePath ?? entry.id;
          const source = await readFile(fileURLToPath(new URL(filePath, root)), 'utf8');
          return { id: entry.id, filePath, data: entry.data as CaseData, body: source.replace(FRONTMATTER, '') };
        }),
      );
      const problems: ContentProblem[] = [
        ...entries.flatMap(checkCase),
        ...checkCollection(entries),
      ];
      if (problems.length > 0) throw new ContentError(problems);
    },
  };
}
