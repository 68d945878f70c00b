/**
 * A scratch copy of the project, for build tests that must change the site itself (a page
 * that throws, one that calls `process.exit`) without touching the checkout: every file but
 * the generated folders, with `node_modules` a link to this checkout's (so it shares Astro's
 * cache and the build lock, as a second build in this checkout would).
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './astro-build.ts';

/** Generated or installed, never part of the project's files. */
const SKIPPED = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'playwright-report']);

export function copyProject(into: string): string {
  mkdirSync(into, { recursive: true });
  for (const name of readdirSync(ROOT)) {
    if (SKIPPED.has(name) || name.startsWith('.dist.')) continue;
    cpSync(join(ROOT, name), join(into, name), { recursive: true, filter: (source) => !source.includes('/bench/results') });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(into, 'node_modules'));
  return into;
}
