/**
 * The layout of `src/lib`, checked, so that it stays what README's "Where things are" says.
 *
 * - Every module lives in a folder named for its concern, and a folder imports only from
 *   the folders below it (LAYERS): dependencies point one way, and no cycle can form
 *   between concerns.
 * - `site/`, `format/` and `search/` are browser-safe: the page scripts in `src/scripts/`
 *   import them, so they (and those scripts) use no Node module, no `astro:` module and
 *   no `process`. Whatever needs the file system, the environment or the collection lives
 *   in the other folders, which only the build runs.
 * - Relative imports name the file they import, extension included, everywhere in `src/`
 *   and `scripts/`: Node's type stripping (which runs `scripts/`) resolves nothing else,
 *   and one style means no import works in one runner and fails in another.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LIB = join(ROOT, 'src/lib');

/** Each folder of `src/lib`, and the folders it may import from (itself included). */
const LAYERS: Record<string, readonly string[]> = {
  site: ['site'],
  format: ['site', 'format'],
  search: ['site', 'format', 'search'],
  content: ['site', 'format', 'content'],
  cite: ['site', 'format', 'content', 'cite'],
  data: ['site', 'format', 'content', 'data'],
  build: ['site', 'format', 'build'],
};
const BROWSER_SAFE = ['site', 'format', 'search'];

const SOURCE = /\.(ts|mjs|astro)$/;
const filesIn = (folder: string): string[] =>
  readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => SOURCE.test(file))
    .map((file) => join(ROOT, folder, file));

/** Every module specifier a file imports or re-exports statically, or imports by a literal `import('…')`. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const pattern = /(?:\bfrom\s+|\bimport\s+|\bimport\s*\(\s*(?:\/\*[^*]*\*\/\s*)?)(['"])([^'"\n]+)\1/g;
  return [...text.matchAll(pattern)].map((match) => match[2]);
}

const libFolderOf = (file: string): string | undefined => {
  const path = relative(LIB, file);
  return path.startsWith('..') ? undefined : path.split(sep)[0];
};
const shown = (file: string) => relative(ROOT, file);

describe('src/lib layout', () => {
  const libFiles = filesIn('src/lib');

  it('has every module in one of the declared folders', () => {
    const misplaced = libFiles.filter((file) => {
      const folder = libFolderOf(file)!;
      return !(folder in LAYERS) || dirname(file) === LIB;
    });
    expect(misplaced.map(shown)).toEqual([]);
  });

  it('imports only downwards: each folder from the folders its layer allows', () => {
    const wrong: string[] = [];
    for (const file of libFiles) {
      const folder = libFolderOf(file)!;
      for (const specifier of importsOf(file).filter((spec) => spec.startsWith('.'))) {
        const target = libFolderOf(resolve(dirname(file), specifier));
        if (target === undefined || !LAYERS[folder]?.includes(target)) wrong.push(`${shown(file)} imports ${specifier}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the browser-safe folders and the page scripts free of Node, astro: modules and process', () => {
    const browserFiles = [
      ...libFiles.filter((file) => BROWSER_SAFE.includes(libFolderOf(file)!)),
      ...filesIn('src/scripts'),
    ];
    const wrong: string[] = [];
    for (const file of browserFiles) {
      for (const specifier of importsOf(file)) {
        const target = specifier.startsWith('.') ? libFolderOf(resolve(dirname(file), specifier.split('?')[0])) : undefined;
        const nodeOnly = /^(node:|astro:)/.test(specifier) || (target !== undefined && !BROWSER_SAFE.includes(target));
        if (nodeOnly) wrong.push(`${shown(file)} imports ${specifier}`);
      }
      if (/\bprocess\./.test(readFileSync(file, 'utf8'))) wrong.push(`${shown(file)} reads process`);
    }
    expect(wrong).toEqual([]);
  });

  it('names the imported file, extension included, in every relative import of src/ and scripts/', () => {
    const files = [...filesIn('src'), ...filesIn('scripts'), join(ROOT, 'astro.config.mjs')];
    const bare = files.flatMap((file) =>
      importsOf(file)
        .filter((specifier) => specifier.startsWith('.') && !/\.(ts|astro|css|mjs|js|json)(\?.*)?$/.test(specifier))
        .map((specifier) => `${shown(file)} imports ${specifier}`),
    );
    expect(bare).toEqual([]);
  });
});
