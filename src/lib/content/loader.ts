/**
 * The `cases` loader: Astro's `glob()` after a reading of the folder that names every file it
 * refuses, one line each, before anything is stored.
 */
import { readFileSync, type Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parseDocument, type Node } from 'yaml';
import { ContentError, formatProblem, shownPath, zodProblems, type ContentProblem } from './problems.ts';
import { readSourceChecks, sourceCheckWarnings } from './source-checks.ts';
import { codePoint, findForbiddenCharacter, invalidUtf8Offset } from './validation.ts';

/** Where cases live; `CASES_DIR` points the build at another folder (the tests' fixtures, the bench's cases). */
export const casesDir = (): string => process.env.CASES_DIR ?? './content/cases';

/** A case's address is its file name. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What `npm run new-case` writes where an editor has to fill something in; the build refuses it by name. */
export const PLACEHOLDER = 'TODO:';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** A case file's frontmatter as written (for Astro's schema check) and as the schema gives it. */
export interface CaseFile {
  filePath: string;
  data: Record<string, unknown>;
  parsed: { order: number; source?: { url: string } };
}

function position(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).split(/\r\n|\r|\n/);
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Everything wrong with a case file that can be said before it compiles; `shown` is its path in messages. */
export function checkCaseFile(bytes: Uint8Array, shown: string, schema: z.ZodType): { file?: Omit<CaseFile, 'filePath'>; problems: ContentProblem[] } {
  const invalid = invalidUtf8Offset(bytes);
  if (invalid !== undefined) {
    return { problems: [{ filePath: shown, field: 'file', message: `is not UTF-8 text (byte ${invalid} starts a sequence UTF-8 does not have): save it as UTF-8` }] };
  }
  const source = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
  const forbidden = findForbiddenCharacter(source);
  if (forbidden) {
    return {
      problems: [{ filePath: shown, ...position(source, forbidden.index), field: 'text', message: `holds the invisible character ${codePoint(forbidden.character)}, a control or direction override that may not be published: delete it` }],
    };
  }
  const match = FRONTMATTER.exec(source);
  if (!match) return { problems: [{ filePath: shown, line: 1, field: '(frontmatter)', message: 'the file must start with a --- frontmatter block ---' }] };
  // The YAML core schema: dates stay the text the editor wrote (Astro's own reading would turn
  // 2025-02-30 into 2 March), duplicate keys are errors, and aliases may not expand without end.
  const document = parseDocument(match[1], { schema: 'core', uniqueKeys: true, prettyErrors: true });
  const lineOfOffset = (offset: number) => position(match[1], offset).line + 1;
  const [error] = document.errors;
  if (error) {
    return { problems: [{ filePath: shown, line: (error.linePos?.[0].line ?? 0) + 1, field: 'YAML', message: error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '') }] };
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 50 });
  } catch (error) {
    return { problems: [{ filePath: shown, field: 'YAML', message: `${(error as Error).message}: write the values out instead of repeating aliases (*name)` }] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problems: [{ filePath: shown, line: 2, field: '(frontmatter)', message: 'must be a set of `key: value` fields' }] };
  }
  const problems: ContentProblem[] = [];
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    const range = (document.getIn(path as unknown[], true) as Node | undefined)?.range;
    return range ? lineOfOffset(range[0]) : undefined;
  };
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string' && value.trim().startsWith(PLACEHOLDER)) {
      problems.push({ filePath: shown, line: lineOf(path), field: path.join('.'), message: `still the placeholder from npm run new-case: ${value.trim().slice(0, 80)}` });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, Array.isArray(value) ? Number(key) : key]);
    }
  };
  visit(data, []);
  const bodyStart = match[0].length;
  const placeholder = source.indexOf(PLACEHOLDER, bodyStart);
  if (placeholder !== -1) {
    problems.push({ filePath: shown, ...position(source, placeholder), field: 'body', message: `still holds a placeholder (${PLACEHOLDER}) from npm run new-case: paste the case text` });
  }
  if (problems.length > 0) return { problems };
  const result = schema.safeParse(data);
  if (!result.success) return { problems: zodProblems(shown, result.error, lineOf) };
  return { file: { data: data as Record<string, unknown>, parsed: result.data as CaseFile['parsed'] }, problems: [] };
}

/** The folder's case files and drafts; anything else the editor may have meant to publish is refused by name. */
function sortFolder(entries: readonly Pick<Dirent, 'name' | 'isDirectory' | 'isSymbolicLink'>[], folder: string) {
  const result = { cases: [] as string[], drafts: [] as string[], warnings: [] as string[], problems: [] as ContentProblem[] };
  for (const entry of [...entries].sort((a, b) => a.name.localeCompare(b.name, 'en'))) {
    const { name } = entry;
    const filePath = `${folder}/${name}`;
    const refuse = (field: string, message: string) => result.problems.push({ filePath, field, message });
    if (entry.isSymbolicLink()) refuse('file', 'is a symbolic link; the build reads only files that are in the cases folder itself: copy the file in instead');
    else if (name.startsWith('_')) result.drafts.push(name);
    else if (name.startsWith('.')) result.warnings.push(formatProblem({ filePath, field: 'file', message: `skipped: a hidden ${entry.isDirectory() ? 'folder' : 'file'}, not a case` }));
    else if (entry.isDirectory()) refuse('folder', `cases are read from ${folder}/ itself, not from subfolders: move its files up, or name it _${name} to keep drafts in it`);
    else if (!name.endsWith('.mdx')) {
      const hint = /\.(mdx|md|markdown)$/i.test(name) ? `rename it ${name.replace(/\.[^.]*$/, '')}.mdx` : 'move it elsewhere';
      refuse('file name', `not a case file, so it would not be published: a case is <slug>.mdx; ${hint}, or name it _${name} to keep it as a draft`);
    } else if (!SLUG_PATTERN.test(name.slice(0, -'.mdx'.length))) {
      refuse('file name', 'must be lower-case letters and digits joined by single hyphens, then .mdx: the name becomes the address /cases/<name>/');
    } else result.cases.push(name);
  }
  if (result.cases.length === 0 && result.problems.length === 0) {
    result.problems.push({ filePath: folder, field: 'cases', message: `no case to publish: the folder holds no <slug>.mdx file${result.drafts.length > 0 ? ` (only drafts: ${result.drafts.join(', ')})` : ''}` });
  }
  return result;
}

/** No two cases may share a chapter position: each file of a clash is named, with the others. */
function checkOrders(cases: readonly { filePath: string; order: number }[]): ContentProblem[] {
  const byOrder = Map.groupBy(cases, (entry) => entry.order);
  return [...byOrder.values()]
    .filter((clash) => clash.length > 1)
    .flatMap((clash) =>
      clash.map(({ filePath, order }) => ({
        filePath,
        field: 'order',
        message: `${order} is also the position of ${clash.filter((other) => other.filePath !== filePath).map((other) => other.filePath).join(', ')}; each case needs its own position`,
      })),
    );
}

/** The whole folder read and checked, for the loader below and `npm run check-sources`. */
export async function readCaseFolder(folder: string, shown: (path: string) => string, schema: z.ZodType) {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ContentError([{ filePath: shown(folder), field: 'cases', message: `the cases folder ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`}` }]);
  }
  const sorted = sortFolder(entries, shown(folder));
  const problems = [...sorted.problems];
  const files: CaseFile[] = [];
  for (const name of sorted.cases) {
    const filePath = join(folder, name);
    // Synchronous: awaiting each small file through the thread pool left the build waiting longer than it read.
    const checked = checkCaseFile(readFileSync(filePath), shown(filePath), schema);
    problems.push(...checked.problems);
    if (checked.file) files.push({ filePath, ...checked.file });
  }
  problems.push(...checkOrders(files.map((file) => ({ filePath: shown(file.filePath), order: file.parsed.order }))));
  if (problems.length > 0) throw new ContentError(problems);
  return { ...sorted, files };
}

/** `today` is the build's date, against which the sources' last checks are dated. */
export function casesLoader(schema: z.ZodType, today: string): Loader {
  return {
    name: 'cases-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const shown = (path: string) => shownPath(path, root);
      const folder = resolve(root, casesDir());
      // Entries cached from another folder (CASES_DIR) would keep that folder's paths.
      if (context.meta.get('folder') !== folder) {
        context.store.clear();
        context.meta.set('folder', folder);
      }
      const { files, drafts, warnings } = await readCaseFolder(folder, shown, schema);
      for (const warning of warnings) context.logger.warn(warning);
      if (drafts.length > 0) context.logger.info(`drafts, not published: ${drafts.join(', ')}`);

      // The data as this reading has it, not as Astro's own YAML reading would (dates as text).
      const data = new Map(files.map((file) => [file.filePath, file.data]));
      await glob({ pattern: ['*.mdx', '!_*'], base: folder, retainBody: false, generateId: ({ entry }) => basename(entry, '.mdx') }).load({
        ...context,
        parseData: <TData extends Record<string, unknown>>(props: { id: string; data: TData; filePath?: string }) =>
          context.parseData({ ...props, data: ((props.filePath && data.get(props.filePath)) || props.data) as TData }),
      });

      // A stale or gone source link is only a warning.
      const checks = await readSourceChecks();
      const sources = files.flatMap(({ filePath, parsed }) => (parsed.source ? [{ filePath: shown(filePath), url: parsed.source.url }] : []));
      const lines = sourceCheckWarnings(sources, checks, today).map(formatProblem);
      for (const line of lines.slice(0, 10)) context.logger.warn(line);
      if (lines.length > 10) context.logger.warn(`… and ${lines.length - 10} more sources to check again: npm run check-sources`);
    },
  };
}
