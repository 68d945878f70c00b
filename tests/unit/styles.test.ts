/**
 * What stylelint cannot say, read with PostCSS: every rule in a declared cascade layer (one outside would
 * beat them all), and a dark scheme of colour tokens only, so the browser tests judge structure once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import postcss, { type AtRule, type Root } from 'postcss';
import postcssHtml from 'postcss-html';
import { describe, expect, it } from 'vitest';
import { CASCADE_LAYERS } from '../../src/styles/layers.ts';
import { ROOT } from '../support/astro-build';

const files = (extension: string) =>
  readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .map((file) => ({ file: relative(ROOT, join(ROOT, 'src', file)), text: readFileSync(join(ROOT, 'src', file), 'utf8') }));
const stylesheets = files('.css').map(({ file, text }) => ({ file, roots: [postcss.parse(text)] }));
const components = files('.astro').map(({ file, text }) => ({ file, roots: postcssHtml().parse!(text).nodes as Root[] }));

const LAYERS = CASCADE_LAYERS.replace(/^@layer |;$/g, '').split(/,\s*/);
/** A root's statements other than comments. */
const statements = (root: Root) => root.nodes.filter((node) => node.type !== 'comment');
const isLayer = (node: Root['nodes'][number], names: readonly string[]): node is AtRule => node.type === 'atrule' && node.name === 'layer' && names.includes(node.params);

describe('the stylesheets', () => {
  it('hold every rule in a declared cascade layer, a component’s in one @layer components block', () => {
    const outside = stylesheets.flatMap(({ file, roots }) => roots.flatMap(statements).filter((node) => !isLayer(node, LAYERS)).map((node) => `${file}: ${node}`));
    const components_ = components
      .filter(({ roots }) => roots.some((root) => root.nodes.length > 0))
      .filter(({ roots }) => roots.flatMap(statements).some((node) => !isLayer(node, ['components'])) || roots.length !== 1);
    expect([...outside, ...components_.map(({ file }) => file)]).toEqual([]);
  });

  it('change only colour tokens for the dark scheme, in one place', () => {
    const dark = [...stylesheets, ...components].flatMap(({ file, roots }) => {
      const found: { file: string; rule: AtRule }[] = [];
      for (const root of roots) root.walkAtRules('media', (rule) => void (/prefers-color-scheme:\s*dark/.test(rule.params) && found.push({ file, rule })));
      return found;
    });
    expect(dark.map(({ file }) => file)).toEqual(['src/styles/tokens.css']);
    const declarations: string[] = [];
    dark[0].rule.walkDecls((declaration) => void declarations.push(`${declaration.parent?.type === 'rule' && (declaration.parent as { selector: string }).selector} ${declaration.prop}: ${declaration.value}`));
    expect(declarations.length).toBeGreaterThan(0);
    expect(declarations.filter((declaration) => !/^:root --color-[\w-]+: #[0-9a-f]{3,8}$/i.test(declaration))).toEqual([]);
  });
});
