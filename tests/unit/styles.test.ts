/**
 * The stylesheets keep to the cascade layers of `src/styles/layers.ts`. A rule outside every
 * layer would beat all layered rules, print's included, so every rule sits in a layer:
 * the global stylesheets name theirs, and every component's `<style>` is one
 * `@layer components { … }` block. `!important` is left only where it must beat every
 * layer: the visually-hidden utility and the reduced-motion override.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CASCADE_LAYERS } from '../../src/styles/layers.ts';
import { filesIn as files, shown } from './source-files.ts';
const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** The top-level statements of a stylesheet: each `@…;` statement or `… { … }` block, braces balanced. */
function topLevel(css: string): string[] {
  const blocks: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < css.length; index += 1) {
    const char = css[index];
    if (char === '{') depth += 1;
    if (char === '}') depth -= 1;
    if ((char === '}' && depth === 0) || (char === ';' && depth === 0)) {
      blocks.push(css.slice(start, index + 1).trim());
      start = index + 1;
    }
  }
  if (css.slice(start).trim() !== '') blocks.push(css.slice(start).trim());
  return blocks;
}

const LAYERS = /^@layer ([^;]+);$/.exec(CASCADE_LAYERS)![1].split(/,\s*/);
const componentStyles = [...files('src/components', /\.astro$/), ...files('src/layouts', /\.astro$/)].flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => ({ file, css: withoutComments(match[1]) })),
);

describe('cascade layers', () => {
  it('are declared in the order reset, tokens, base, components, print', () => {
    expect(LAYERS).toEqual(['reset', 'tokens', 'base', 'components', 'print']);
  });

  it('hold every rule of the global stylesheets, in a declared layer', () => {
    const outside: string[] = [];
    for (const file of files('src/styles', /\.css$/)) {
      for (const block of topLevel(withoutComments(readFileSync(file, 'utf8')))) {
        const layer = /^@layer ([\w-]+)\s*\{/.exec(block)?.[1];
        if (!layer || !LAYERS.includes(layer)) outside.push(`${shown(file)}: ${block.slice(0, 60)}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('hold every component style, as one @layer components block', () => {
    expect(componentStyles.length).toBeGreaterThan(0);
    const outside = componentStyles
      .filter(({ css }) => {
        const blocks = topLevel(css);
        return blocks.length !== 1 || !/^@layer components\s*\{/.test(blocks[0]);
      })
      .map(({ file }) => shown(file));
    expect(outside).toEqual([]);
  });

  it('leave !important to the visually-hidden utility and the reduced-motion override', () => {
    const important: string[] = [];
    const sources = [
      ...files('src/styles', /\.css$/).map((file) => ({ file, css: withoutComments(readFileSync(file, 'utf8')) })),
      ...componentStyles,
    ];
    for (const { file, css } of sources) {
      for (const match of css.matchAll(/([\w-]+)\s*:[^;{}]*!important/g)) {
        // The rule the declaration sits in, and the at-rule around it, if any.
        const before = css.slice(0, match.index);
        const selectors = before.slice(before.lastIndexOf('}') + 1, before.lastIndexOf('{')).replace(/\s+/g, ' ').trim();
        important.push(`${shown(file)}: ${selectors} { ${match[1]}`);
      }
    }
    const reducedMotion = 'src/styles/base.css: @media (prefers-reduced-motion: reduce) { *, *::before, *::after {';
    expect(important).toEqual([
      'src/styles/base.css: .visually-hidden { position',
      `${reducedMotion} animation-duration`,
      `${reducedMotion} animation-iteration-count`,
      `${reducedMotion} transition-duration`,
      `${reducedMotion} scroll-behavior`,
    ]);
  });
});

describe('the dark scheme', () => {
  // The accessibility gate judges structure once and only colours under the second scheme
  // (tests/support/axe.ts, COLOUR_RULES): true while the dark scheme swaps colours alone.
  it('sets colour tokens and nothing else, in one place', () => {
    const sources = files('src', /\.(css|astro)$/).map((file) => ({ file, css: withoutComments(readFileSync(file, 'utf8')) }));
    const places = sources.filter(({ css }) => /prefers-color-scheme:\s*dark/.test(css)).map(({ file }) => shown(file));
    expect(places).toEqual(['src/styles/tokens.css']);
    const tokens = sources.find(({ file }) => shown(file) === 'src/styles/tokens.css')!.css;
    const dark = /@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([^}]*)\}\s*\}/.exec(tokens);
    expect(dark, 'a `:root { … }` block inside the dark media query').not.toBeNull();
    const declarations = dark![1].split(';').map((line) => line.trim()).filter(Boolean);
    expect(declarations.length).toBeGreaterThan(0);
    expect(declarations.filter((declaration) => !/^--color-[\w-]+:\s*#[0-9a-f]{3,8}$/i.test(declaration))).toEqual([]);
  });
});
