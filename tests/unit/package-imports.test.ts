/**
 * Every package entry point the project imports, read with TypeScript's and Astro's parsers, must be a
 * dependency that exports it: a deep import into a package's own files may break with any release.
 */
import { parse } from '@astrojs/compiler-rs';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/astro-build';

const sources = [
  ...['src', 'scripts'].flatMap((folder) => readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' }).map((file) => join(folder, file))),
  ...readdirSync(ROOT).filter((file) => /\.config\.(m?js|ts)$/.test(file)),
].filter((file) => /\.(ts|mjs|js|astro)$/.test(file));

/** The module specifiers a file imports, statically or by a literal `import('…')`. */
function specifiersOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  if (!file.endsWith('.astro')) return ts.preProcessFile(text, true, true).importedFiles.map((imported) => imported.fileName);
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const { type, source } = node as { type?: string; source?: { type: string; value: unknown } };
    if (/^(ImportDeclaration|ImportExpression|ExportNamedDeclaration|ExportAllDeclaration)$/.test(type ?? '') && source?.type === 'Literal') found.push(String(source.value));
    Object.values(node).forEach(walk);
  };
  walk(parse(text).ast);
  return found;
}

const isPackage = (specifier: string) => !/^(\.|\/|node:|astro:)/.test(specifier) && !builtinModules.includes(specifier.split('/')[0]);
/** `@scope/name/sub/path` → [`@scope/name`, `./sub/path`]. */
const split = (specifier: string): [string, string] => {
  const parts = specifier.split('/');
  const length = specifier.startsWith('@') ? 2 : 1;
  return [parts.slice(0, length).join('/'), ['.', ...parts.slice(length)].join('/')];
};

/** Whether `subpath` is one of the package's public entry points: a key of its `exports` (a `*` pattern matching), or its main module when it has no map. */
function exported(manifest: { exports?: unknown }, subpath: string): boolean {
  const { exports } = manifest;
  if (exports === undefined) return subpath === '.';
  if (typeof exports === 'string' || Array.isArray(exports) || !Object.keys(exports as object).some((key) => key.startsWith('.'))) return subpath === '.';
  return Object.entries(exports as Record<string, unknown>).some(
    ([key, target]) => target !== null && new RegExp(`^${key.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('*', '.+')}$`).test(subpath),
  );
}

describe('package imports', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const declared = new Set(Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }));
  const imports = new Map<string, string[]>();
  for (const file of sources) for (const specifier of specifiersOf(file).filter(isPackage).map((each) => each.split('?')[0])) imports.set(specifier, [...(imports.get(specifier) ?? []), file]);

  it('are entry points that the project’s dependencies export', () => {
    console.log(`Package entry points imported:\n${[...imports.keys()].sort().map((specifier) => `  ${specifier}`).join('\n')}`);
    expect(imports.size).toBeGreaterThan(10);
    const wrong = [...imports].flatMap(([specifier, files]) => {
      const [name, subpath] = split(specifier);
      if (!declared.has(name)) return [`${specifier}: not a dependency in package.json (${files.join(', ')})`];
      const own = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'));
      return exported(own, subpath) ? [] : [`${specifier}: not exported by ${name} (${files.join(', ')})`];
    });
    expect(wrong).toEqual([]);
  });

  it('are read by the rules above as a package reads its own map', () => {
    const map = { exports: { '.': './index.js', './loaders': './dist/loaders.js', './content/*': './dist/c/*.js', './internal/*': null } };
    expect(['.', './loaders', './content/config'].map((subpath) => exported(map, subpath))).toEqual([true, true, true]);
    expect(['./dist/loaders.js', './internal/x', './content'].map((subpath) => exported(map, subpath))).toEqual([false, false, false]);
    expect([exported({}, '.'), exported({}, './lib/x.js'), exported({ exports: { import: './a.js' } }, './a.js')]).toEqual([true, false, false]);
    expect([split('@astrojs/mdx'), split('astro/zod'), split('csv-parse/sync')]).toEqual([['@astrojs/mdx', '.'], ['astro', './zod'], ['csv-parse', './sync']]);
  });
});
