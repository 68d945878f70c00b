/** The project's own source files, for the tests that read them as text (layout, styles, words). */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every file below `folder` (relative to the project) whose name matches `name`, as absolute paths. */
export const filesIn = (folder: string, name: RegExp): string[] =>
  readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => name.test(file))
    .map((file) => join(ROOT, folder, file));

/** A path as a message shows it: relative to the project. */
export const shown = (file: string): string => relative(ROOT, file);
