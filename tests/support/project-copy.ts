/** A scratch copy of the project for build tests that change the site; it shares node_modules, so the cache and lock. */
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
