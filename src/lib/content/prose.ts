/**
 * A case file is prose (README, "Adding a case"): Markdown, nothing that runs. The site never
 * compiles a case file into code: the case page is written from its parsed tree
 * (src/lib/content/case-text.ts). This check keeps it so, and keeps out what an MDX file could
 * otherwise hold: an `import`, an `export` or a `{…}` expression, raw HTML (a
 * `<meta http-equiv="refresh">` sends readers away, and the CSP cannot stop it), or any
 * Markdown the page does not write. It runs during content sync, before Astro writes anything.
 *
 * The file is parsed by Sätteri's MDX parser, the one the case page is written from
 * (src/lib/content/case-text.ts), with the same features, so a syntax error is found here
 * with its line and column, and nothing passes here that the page reads differently.
 */
import { mdxToMdast } from 'satteri';
import type { ContentProblem } from './errors.ts';

/**
 * The Markdown a case text may use: paragraphs, and within them what prose needs (emphasis,
 * a line break, a link). Each paragraph gets an address, `#p-N`, counted twice: by the
 * case page (top-level `<p>`, src/lib/content/case-text.ts) and from the raw text
 * (blocks between blank lines, for the glossary's and themes' links); the two agree only
 * when every block of the text is a paragraph. So anything else, a list, a quotation, a
 * `---` break, a heading (the page gives the case its headings), an image (a file import at
 * build time, or a request to another site), a table, a code block, is refused by name.
 */
export const PROSE_BLOCKS: ReadonlySet<string> = new Set(['paragraph']);
export const PROSE_INLINE: ReadonlySet<string> = new Set(['text', 'emphasis', 'strong', 'delete', 'break', 'link', 'inlineCode']);

/**
 * The content components a case may use, by element name, with the attributes each takes
 * (plain string values only). The project provides none yet, so no HTML or JSX element is
 * allowed in a case text; a component added for case texts is listed here and written by
 * src/lib/content/case-text.ts (one that stands as a block of its own must then be counted
 * alike by both paragraph numberings).
 */
export const PROSE_COMPONENTS: ReadonlyMap<string, readonly string[]> = new Map();

/** Where a link in a case text may point: the web, an e-mail address, or a path on the site. */
const SAFE_LINK = /^(?:https?:\/\/|mailto:|\/|#|\.{0,2}\/)/i;

/**
 * The MDX features a case text is read with, here and by the case page: GitHub-flavoured
 * Markdown on, and no "smart" quotes (the text is published as the document writes it).
 */
export const MDX_FEATURES = { gfm: true, smartPunctuation: false } as const;

/** Sätteri's syntax errors read `129:12: Unexpected character … (mdx-jsx:unexpected-character)`. */
const SYNTAX_ERROR = /^(\d+):(\d+): ([\s\S]*?)(?: \(([\w:-]+)\))?$/;

interface MdastNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdastNode[];
  position?: { start: { line: number; column: number } };
}

const NAMES: Record<string, string> = {
  list: 'a list',
  listItem: 'a list',
  blockquote: 'a quotation block',
  thematicBreak: 'a break (---)',
  heading: 'a heading (the page gives the case its headings)',
  image: 'an image',
  code: 'a code block',
  table: 'a table',
  html: 'raw HTML',
  footnoteReference: 'a footnote',
  footnoteDefinition: 'a footnote',
  definition: 'a link definition',
  linkReference: 'a reference-style link',
  imageReference: 'an image',
};

/** What an editor writes instead of a literal `<` or `{` that MDX reads as code. */
const ESCAPE_HINT = 'write \\< or \\{ for a literal < or {';

/**
 * Every way the case file at `filePath` (its whole text, frontmatter included, so that line
 * numbers are the file's) is not prose, one problem each, with its line and column. An MDX
 * syntax error stops the parse, so it is the only problem reported for its file.
 */
export function checkProse(
  source: string,
  filePath: string,
  components: ReadonlyMap<string, readonly string[]> = PROSE_COMPONENTS,
): ContentProblem[] {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(source, { features: MDX_FEATURES }) as MdastNode;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const [, line, column, message] = SYNTAX_ERROR.exec(text) ?? [];
    return [
      {
        filePath,
        ...(line && { line: Number(line), column: Number(column) }),
        field: 'body',
        message: `not valid MDX: ${message ?? text} (${ESCAPE_HINT})`,
      },
    ];
  }
  const problems: ContentProblem[] = [];
  const refuse = (node: MdastNode, message: string) =>
    problems.push({
      filePath,
      ...(node.position && { line: node.position.start.line, column: node.position.start.column }),
      field: 'body',
      message,
    });
  /** `root` holds the frontmatter and the blocks; a block holds inline content. */
  const visit = (node: MdastNode, allowed: ReadonlySet<string>) => {
    switch (node.type) {
      case 'mdxjsEsm':
        refuse(node, `\`${firstWord(node.value)}\` is code (ESM), which a case file may not hold: it would run when the site is built`);
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        refuse(node, `{${truncate(String(node.value))}} is a JavaScript expression (or an MDX comment), which a case file may not hold (${ESCAPE_HINT})`);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (checkElement(node, components, refuse)) {
          // A component on lines of its own may hold paragraphs, or phrasing written on its line.
          node.children?.forEach((child) => visit(child, node.type === 'mdxJsxFlowElement' ? new Set([...PROSE_BLOCKS, ...PROSE_INLINE]) : PROSE_INLINE));
        }
        return;
      default:
        if (!allowed.has(node.type)) {
          refuse(node, `${NAMES[node.type] ?? `Markdown "${node.type}"`} is not part of a case text, which is paragraphs of prose`);
          return;
        }
        if (node.type === 'link' && !SAFE_LINK.test(node.url ?? '')) {
          refuse(node, `a link to "${truncate(node.url ?? '')}": links go to http(s) or mailto: addresses, or to a path on the site`);
        }
    }
    node.children?.forEach((child) => visit(child, PROSE_INLINE));
  };
  for (const child of tree.children ?? []) {
    if (child.type !== 'yaml') visit(child, PROSE_BLOCKS);
  }
  return problems;
}

/** An HTML or JSX element: allowed only when it is a listed content component, with plain attributes it takes; true when allowed. */
function checkElement(
  node: MdastNode,
  components: ReadonlyMap<string, readonly string[]>,
  refuse: (node: MdastNode, message: string) => void,
): boolean {
  const name = node.name ?? '';
  const allowed = components.get(name);
  if (!allowed) {
    const offered = components.size > 0 ? `only ${[...components.keys()].map((key) => `<${key}>`).join(', ')} may be used` : 'none may be used';
    refuse(node, `<${name}> is an HTML or JSX element, which a case text may not hold (${offered}; ${ESCAPE_HINT})`);
    return false;
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value !== 'string')) {
      refuse(node, `<${name}> has an attribute computed by JavaScript; give plain "text" values`);
    } else if (!allowed.includes(attribute.name ?? '')) {
      refuse(node, `<${name}> takes no attribute "${attribute.name}" (it takes ${allowed.join(', ') || 'none'})`);
    }
  }
  return true;
}

const firstWord = (value: unknown): string => String(value).trim().split(/\s/)[0] ?? '';

function truncate(value: string, length = 40): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}
