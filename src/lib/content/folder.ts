/**
 * What the cases folder holds, sorted into cases, drafts and everything else, so that no
 * file is dropped without a word: a case is `content/cases/<slug>.mdx`; a name starting
 * with `_` is a draft (README, "Adding a case") and is skipped; a hidden file is skipped with
 * a warning; anything else (`.md`, `.MDX`, a subfolder, another extension) stops the build,
 * named, since the editor meant it to be published and it would not be. A folder with no
 * case at all stops the build too: it would publish an empty site.
 */
import type { ContentProblem } from './errors.ts';

export interface FolderEntry {
  name: string;
  isDirectory: boolean;
}

export interface CaseFolder {
  /** File names of the cases, sorted. */
  cases: string[];
  /** Names starting with `_`, skipped on purpose. */
  drafts: string[];
  /** One line for each hidden file skipped. */
  warnings: string[];
  problems: ContentProblem[];
}

/** The extension a case file has, exactly; `.MDX` or `.Mdx` is refused with a hint, not read. */
export const CASE_EXTENSION = '.mdx';

/** `folder` is the cases folder as messages show it (e.g. `content/cases`). */
export function sortCaseFolder(entries: readonly FolderEntry[], folder: string): CaseFolder {
  const result: CaseFolder = { cases: [], drafts: [], warnings: [], problems: [] };
  for (const { name, isDirectory } of [...entries].sort((a, b) => a.name.localeCompare(b.name, 'en'))) {
    const filePath = `${folder}/${name}`;
    if (name.startsWith('_')) {
      result.drafts.push(name);
    } else if (name.startsWith('.')) {
      result.warnings.push(`${filePath}: skipped: a hidden ${isDirectory ? 'folder' : 'file'}, not a case`);
    } else if (isDirectory) {
      result.problems.push({
        filePath,
        field: 'folder',
        message: `cases are read from ${folder}/ itself, not from subfolders: move its files up, or name it _${name} to keep drafts in it`,
      });
    } else if (name.endsWith(CASE_EXTENSION)) {
      result.cases.push(name);
    } else {
      const stem = name.replace(/\.[^.]*$/, '');
      const hint = /\.(mdx|md|markdown)$/i.test(name) ? `rename it ${stem}${CASE_EXTENSION}` : `move it elsewhere`;
      result.problems.push({
        filePath,
        field: 'file name',
        message: `not a case file, so it would not be published: a case is <slug>${CASE_EXTENSION}; ${hint}, or name it _${name} to keep it as a draft`,
      });
    }
  }
  if (result.cases.length === 0 && result.problems.length === 0) {
    result.problems.push({
      filePath: folder,
      field: 'cases',
      message: `no case to publish: the folder holds no <slug>${CASE_EXTENSION} file${result.drafts.length > 0 ? ` (only drafts: ${result.drafts.join(', ')})` : ''}`,
    });
  }
  return result;
}
