/**
 * A failed build's error as the message a reader needs: where (file:line:column when the
 * error knows it, else the file), and what, without the stack trace, which points into
 * Astro's and the bundler's own code and buries the one line that matters.
 */
import { isAbsolute, relative } from 'node:path';

/** The shape of the errors Astro and its bundler throw, as far as a message needs it. */
interface BuildErrorLike {
  name?: string;
  message?: string;
  /** Astro: the source file of the page whose rendering failed (`src/pages/boom.astro`). */
  id?: string;
  /** Astro and Vite: where in the file. */
  loc?: { file?: string; line?: number; column?: number };
  hint?: string;
  /** Rolldown: one entry per error of a failed bundle. */
  errors?: BuildErrorLike[];
}

const ANSI = /\x1b\[[0-9;]*m/g;
/** A compiler's own `129:12: ` in front of its message, already given by the location. */
const LEADING_POSITION = /^\d+:\d+: /;
/** The bundler's summary and plugin lines around the real message. */
const BUNDLER_NOISE = /^(Build failed with \d+ errors?:|\[plugin [^\]]+\].*)$/;
/** The bundler's code frame names the place as editors count (from 1): `╭─[ src/pages/a.ts:1:39 ]`. */
const FRAME_PLACE = /╭─\[ ?(.+?):(\d+):(\d+) ?\]/;

/** The message's first line that says what is wrong: no stack, code frame, summary or error-class prefix. */
function headline(message: string): string {
  const line = message
    .split('\n')
    .find((text) => text.trim() !== '' && !/^\s/.test(text) && !BUNDLER_NOISE.test(text.trim()));
  return (line ?? '').replace(/^\[[\w:-]+\] /, '').replace(/^\w*Error: /, '').replace(LEADING_POSITION, '').trim();
}

/**
 * One message for a failed build. `root` is the project folder: paths inside it are shown
 * relative to it, as editors type them.
 */
export function describeBuildError(error: unknown, root: string): string {
  if (typeof error !== 'object' || error === null) return String(error);
  const failure = error as BuildErrorLike;
  // The content checks' own error is already one line per problem, each naming its file.
  if (failure.name === 'ContentError' || failure.name === 'SearchIndexError') return failure.message ?? '';
  if (failure.errors?.length) return failure.errors.map((each) => describeBuildError(each, root)).join('\n');
  const shown = (file: string) => {
    const path = isAbsolute(file) ? relative(root, file) : file;
    return path.startsWith('..') ? file : path;
  };
  const message = (failure.message ?? '').replace(ANSI, '');
  const frame = FRAME_PLACE.exec(message);
  const file = frame?.[1] ?? failure.loc?.file ?? failure.id;
  const line = frame ? frame[2] : failure.loc?.line;
  const column = frame ? frame[3] : failure.loc?.column;
  const place = file ? `${shown(file)}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: ` : '';
  const hint = failure.hint ? ` (${headline(failure.hint)})` : '';
  return `${place}${headline(message) || failure.name || 'unknown error'}${hint}`;
}
