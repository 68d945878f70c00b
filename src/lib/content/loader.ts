/**
 * The `cases` collection's loader: Astro's glob loader over `*.mdx`, plus the
 * checks a schema alone cannot make. Everything here runs during content sync,
 * so a bad file stops the build before a single page is written.
 *
 * A case file is read as data and text, never compiled as an MDX module: the case
 * page writes the text's HTML itself (src/lib/content/case-text.ts).
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { parseDocument } from 'yaml';
import { caseSchema, type CaseData } from './schema.ts';
import { checkCase, checkCollection, checkPlaceholders, checkSlug } from './checks.ts';
import { ContentError, formatProblem, zodProblems, type ContentProblem } from './errors.ts';
import { sortCaseFolder } from './folder.ts';
import { checkProse } from './prose.ts';
import { readSourceChecks, sourceCheckWarnings } from './source-checks.ts';

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
  // prettyErrors computes each error's line; only the first error is reported, as later
  // ones are usually its echoes.
  const document = parseDocument(match[1], { schema: 'core', uniqueKeys: true, prettyErrors: true });
  const [error] = document.errors;
  if (error) {
    throw new ContentError([
      {
        filePath,
        // +1: the opening `---` is line 1 of the file, the YAML starts on line 2.
        field: `YAML, line ${(error.linePos?.[0].line ?? 0) + 1}`,
        message: error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
      },
    ]);
  }
  const data = document.toJS() as unknown;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ContentError([{ filePath, field: '(frontmatter)', message: 'must be a set of `key: value` fields' }]);
  }
  return data as Record<string, unknown>;
}

/** The case text of a file: everything after its frontmatter. */
export const caseText = (source: string): string => source.replace(FRONTMATTER, '');

/** Reads a case's text from its file, for build-time work that needs it (the data store keeps none). */
export const readCaseText = async (filePath: string): Promise<string> => caseText(await readFile(filePath, 'utf8'));

/** Case files: every `.mdx` in the folder except drafts named `_…` (as `sortCaseFolder` sorts them). */
const CASE_FILE_PATTERN = ['*.mdx', '!_*.mdx'];

/** The folder's entries, or a problem naming it when it cannot be read. */
async function listFolder(folder: string, shown: string) {
  try {
    return (await readdir(folder, { withFileTypes: true })).map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read (${(error as Error).message})`;
    throw new ContentError([{ filePath: shown, field: 'cases', message: `the cases folder ${reason}` }]);
  }
}

export interface CasesLoaderOptions {
  /** The build's day, `YYYY-MM-DD`: the source checks' age is measured from it. */
  today: string;
}

export function casesLoader({ today }: CasesLoaderOptions): Loader {
  // No raw texts in the data store: the build embeds the store in one JavaScript module,
  // where every case's text would be a second copy of its page (about 40 MB at 3,000
  // cases, compiled superlinearly). The checks read the texts from the files instead.
  const globLoader = glob({ pattern: CASE_FILE_PATTERN, base: casesDir(), retainBody: false });
  return {
    name: 'cases-loader',
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      /** Paths inside the project are shown relative to it, others in full. */
      const display = (filePath: string) => {
        const path = relative(root, filePath);
        return path.startsWith('..') ? filePath : path;
      };

      // Every file is read and checked here first, before the glob loader sees it, so that
      // every broken file and line is named, one line each, rather than only the first.
      const folder = resolve(root, casesDir());
      // Astro keeps entries between builds and skips files whose text is unchanged; an entry
      // cached from another folder (CASES_DIR) would keep that folder's path, so start afresh.
      if (context.meta.get('folder') !== folder) {
        context.store.clear();
        context.meta.set('folder', folder);
      }
      // The texts are kept here for the checks below, not in Astro's data store (see retainBody).
      const files = new Map<string, { source: string; data: Record<string, unknown>; body: string }>();
      const contents = sortCaseFolder(await listFolder(folder, display(folder)), display(folder));
      for (const warning of contents.warnings) context.logger.warn(warning);
      if (contents.drafts.length > 0) context.logger.info(`drafts, not published: ${contents.drafts.join(', ')}`);
      const fileProblems: ContentProblem[] = [...contents.problems];
      for (const name of contents.cases) {
        const filePath = join(folder, name);
        const source = await readFile(filePath, 'utf8');
        fileProblems.push(...checkProse(source, display(filePath)));
        try {
          files.set(filePath, { source, data: parseFrontmatter(source, display(filePath)), body: caseText(source) });
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          fileProblems.push(...error.problems);
        }
      }
      if (fileProblems.length > 0) throw new ContentError(fileProblems);

      async function parseData<TData extends Record<string, unknown>>(props: {
        id: string;
        data: TData;
        filePath?: string;
      }): Promise<TData> {
        const filePath = props.filePath ?? props.id;
        const shown = display(filePath);
        const fileName = basename(filePath).replace(/\.mdx$/, '');
        const slugProblems = checkSlug(fileName, shown);
        if (slugProblems.length > 0) throw new ContentError(slugProblems);
        // Astro's glob loader lets a `slug` field replace the file name as the id, so two
        // files could share one address and one page would silently replace the other.
        if (props.id !== fileName) {
          const owner = join(dirname(filePath), `${props.id}.mdx`);
          const clash = existsSync(owner) ? `is already the address of ${display(owner)}` : 'is not this file\'s name';
          throw new ContentError([
            {
              filePath: shown,
              field: 'slug',
              message: `"${props.id}" ${clash}; a case's address is its file name, so remove the slug field`,
            },
          ]);
        }
        const file = files.get(filePath);
        const data = file?.data ?? parseFrontmatter(await readFile(filePath, 'utf8'), shown);
        // A stub from `npm run new-case` is refused field by field before the schema speaks.
        const placeholders = checkPlaceholders(data, file?.body ?? '', shown);
        if (placeholders.length > 0) throw new ContentError(placeholders);
        const result = caseSchema.safeParse(data);
        if (!result.success) throw new ContentError(zodProblems(shown, result.error));
        return context.parseData({ ...props, data: data as TData });
      }

      /**
       * How the glob loader reads a case file: the frontmatter read above (again only when
       * the file changed since, as under `astro dev`), and no render function or module, so
       * that Astro neither renders the text into its data store nor compiles it as MDX.
       */
      const caseFile: ContentEntryType = {
        extensions: ['.mdx'],
        getEntryInfo({ fileUrl, contents }) {
          const filePath = fileURLToPath(fileUrl);
          const read = files.get(filePath);
          const data = read?.source === contents ? read.data : parseFrontmatter(contents, display(filePath));
          return { data, body: '', rawData: '', slug: '' };
        },
      };
      // The glob loader takes the reader of each extension from its context's `entryTypes`
      // (Astro 7's own field, not in the public LoaderContext type); should it stop doing so,
      // it would find no reader for `.mdx` and load nothing, which the count below reports.
      await globLoader.load({ ...context, parseData, entryTypes: new Map([['.mdx', caseFile]]) } as LoaderContext);
      if (context.store.keys().length !== contents.cases.length) {
        throw new Error(`cases-loader: ${contents.cases.length} case files, but Astro's glob loader stored ${context.store.keys().length}: has it stopped reading its context's entryTypes?`);
      }

      const entries = [...context.store.values()].map((entry) => ({
        id: entry.id,
        filePath: display(resolve(root, entry.filePath ?? entry.id)),
        data: entry.data as CaseData,
        body: files.get(resolve(root, entry.filePath ?? entry.id))?.body ?? '',
      }));
      const problems: ContentProblem[] = [
        ...entries.flatMap(checkCase),
        ...checkCollection(entries),
      ];
      if (problems.length > 0) throw new ContentError(problems);

      // The last checks of the sources (npm run check-sources): a malformed file stops the
      // build here, naming the field; a stale or gone link is only a warning.
      const checks = await readSourceChecks();
      const sources = entries.flatMap((entry) => (entry.data.source ? [{ filePath: entry.filePath, url: entry.data.source.url }] : []));
      for (const warning of sourceCheckWarnings(sources, checks, today)) context.logger.warn(formatProblem(warning));
    },
  };
}
