/**
 * Every word the interface shows comes from the dictionary (src/lib/site/words.ts) or from
 * the content; no component, layout, page, page script or stylesheet writes its own.
 *
 * The rule, checked on the source with the parsers that build it (Astro's compiler for
 * `.astro` files, TypeScript's for scripts):
 * - template text holds no letters: only spaces, punctuation and symbols (` · `, `(`, `↗`);
 * - an attribute a reader sees or hears (`aria-label`, `title`, `alt`, `placeholder`, and
 *   the `label`, `title` and `description` props) is never a literal with letters;
 * - a string literal in code (frontmatter, expressions, scripts) is no phrase and no
 *   capitalised word. Identifiers, class names, ids and other single lower-case tokens
 *   pass, as do module specifiers, object keys and the messages of thrown errors, which
 *   are for developers;
 * - a stylesheet's `content` writes no letters.
 * A single lower-case word written as visible text would slip through; everything longer,
 * or capitalised, is caught.
 */
import { parse } from '@astrojs/compiler-rs';
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { filesIn as files, shown } from './source-files.ts';

const LETTER = /\p{L}/u;
/** Two words in a row, or a capitalised word: what a reader would read. */
const HUMAN = /\p{L}+ +\p{L}|(?:^|[^\p{L}\p{N}_.$:/#-])\p{Lu}\p{Ll}+/u;
const isHuman = (text: string) => HUMAN.test(text);

/** Attributes a reader sees or hears. */
const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'alt', 'placeholder', 'label', 'description']);

/**
 * The words an attribute's literal value shows: all of a spoken attribute's, and of Pagefind's
 * meta the values written in it (`title:Glossary`, shown as a search result's title) rather
 * than taken from an element (`title`, `place[data-place]`).
 */
function shownInAttribute(name: string, value: string): string | undefined {
  if (SPOKEN_ATTRIBUTES.has(name)) return value;
  if (name === 'data-pagefind-meta') return value.split(',').map((entry) => entry.split(':')[1] ?? '').join(' ');
  return undefined;
}

type Node = { type: string; [key: string]: unknown };
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && 'type' in value;

/** Calls `visit` on every node under `node`, with its parent; a `false` from `visit` skips the node's children. */
function walk(node: unknown, visit: (node: Node, parent: Node | undefined) => boolean | void, parent?: Node): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit, parent);
    return;
  }
  if (!isNode(node)) return;
  if (visit(node, parent) === false) return;
  for (const [key, value] of Object.entries(node)) if (key !== 'type') walk(value, visit, node);
}

const elementName = (node: Node) => ((node.openingElement as Node).name as { name?: string }).name;
const isErrorConstruction = (node: Node) =>
  node.type === 'NewExpression' && (node.callee as { name?: string }).name === 'Error';

/** What reads as text in an `.astro` file's ESTree (frontmatter, template, expressions, scripts). */
function inlineWordsOfAstro(text: string, name: string): string[] {
  const { ast, diagnostics } = parse(text);
  expect(diagnostics.filter((diagnostic: { severity: string }) => diagnostic.severity === 'Error'), name).toEqual([]);
  const found: string[] = [];
  walk([ast.frontmatter, ast.body], (node, parent) => {
    if (['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'].includes(node.type)) return false;
    if (isErrorConstruction(node)) return false;
    if (node.type === 'JSXElement' && elementName(node) === 'style') {
      found.push(...cssContentWords(text.slice(node.start as number, node.end as number)));
      return false;
    }
    if (node.type === 'JSXText' && parent && !(parent.type === 'JSXElement' && elementName(parent) === 'style')) {
      if (LETTER.test(String(node.value))) found.push(String(node.value).trim());
    }
    if (node.type === 'JSXAttribute') {
      const name = (node.name as { name?: string }).name ?? '';
      const value = node.value as Node | null;
      // A quoted attribute is markup (class names, roles, rel), unless a reader sees or hears it.
      if (value?.type === 'Literal') {
        if (LETTER.test(shownInAttribute(name, String(value.value)) ?? '')) found.push(`${name}="${value.value}"`);
        return false;
      }
    }
    if (node.type === 'Property' && (node.key as Node).type === 'Literal') {
      walk(node.value, (child, childParent) => visitCode(child, childParent, found));
      return false;
    }
    return visitCode(node, parent, found);
  });
  return found;
}

/** The code rule on one ESTree node: string literals and template literals that read as text. */
function visitCode(node: Node, _parent: Node | undefined, found: string[]): boolean | void {
  if (isErrorConstruction(node)) return false;
  if (node.type === 'Literal' && typeof node.value === 'string' && isHuman(node.value)) found.push(node.value);
  if (node.type === 'TemplateLiteral') {
    const parts = (node.quasis as { value: { cooked: string } }[]).map((quasi) => quasi.value.cooked);
    if (parts.some(isHuman)) found.push(parts.join('${…}'));
  }
}

/** What reads as text in a TypeScript module: string literals and the fixed parts of template literals. */
function humanStringsInCode(code: string, fileName: string): string[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isNewExpression(node) && node.expression.getText(source) === 'Error') return;
    if (ts.isPropertyAssignment(node) && ts.isStringLiteral(node.name)) {
      visit(node.initializer);
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (isHuman(node.text)) found.push(node.text);
    } else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
      if (parts.some(isHuman)) found.push(parts.join('${…}'));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Letters in a stylesheet's generated content (`content: 'Page '`). */
function cssContentWords(css: string): string[] {
  return [...css.matchAll(/content:\s*([^;}]*)/g)]
    .flatMap((match) => [...match[1].matchAll(/(['"])(.*?)\1/g)].map((quoted) => quoted[2]))
    .filter((value) => LETTER.test(value));
}

describe('interface words', () => {
  const astroFiles = ['src/components', 'src/layouts', 'src/pages'].flatMap((folder) => files(folder, /\.astro$/));

  it('are not written inline in components, layouts and pages', () => {
    const inline = astroFiles.flatMap((file) =>
      inlineWordsOfAstro(readFileSync(file, 'utf8'), shown(file)).map((words) => `${shown(file)}: ${words}`),
    );
    expect(inline).toEqual([]);
  });

  it('are not written inline in page scripts', () => {
    const inline = files('src/scripts', /\.ts$/).flatMap((file) =>
      humanStringsInCode(readFileSync(file, 'utf8'), file).map((words) => `${shown(file)}: ${words}`),
    );
    expect(inline).toEqual([]);
  });

  it('are not written in stylesheets', () => {
    const inline = files('src/styles', /\.css$/).flatMap((file) =>
      cssContentWords(readFileSync(file, 'utf8')).map((words) => `${shown(file)}: ${words}`),
    );
    expect(inline).toEqual([]);
  });

  it('are caught by the rule above when written inline', () => {
    const astro = (source: string) => inlineWordsOfAstro(source, 'Sample.astro');
    expect(astro('<p>Read the original report</p>')).toEqual(['Read the original report']);
    expect(astro('{shown && <p>Themes</p>}')).toEqual(['Themes']);
    expect(astro('<nav aria-label="Main"></nav>')).toEqual(['aria-label="Main"']);
    expect(astro('<div data-pagefind-meta="title:Glossary"><h1 data-pagefind-meta="title"></h1></div>')).toEqual([
      'data-pagefind-meta="title:Glossary"',
    ]);
    expect(astro("---\nconst heading = `Pages of ${name}`;\n---\n<Pagination label={heading} />")).toEqual(['Pages of ${…}']);
    expect(astro("---\nconst links = [{ label: 'About' }];\n---")).toEqual(['About']);
    expect(astro('<style>p::after { content: " (external site)"; }</style>')).toEqual([' (external site)']);
    expect(astro('<a class="mark screen-only" rel="external noopener" aria-hidden="true"> ↗ · {words.title}</a>')).toEqual([]);
    expect(astro("---\nconst level = 'h2';\nif (!level) throw new Error('Heading level is missing');\n---")).toEqual([]);
    const script = (source: string) => humanStringsInCode(source, 'sample.ts');
    expect(script("status.textContent = 'Search could not be loaded.';")).toHaveLength(1);
    expect(script("document.querySelector('button[data-copy]'); customElements.define('search-page', Page);")).toEqual([]);
  });
});
