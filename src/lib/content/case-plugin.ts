/**
 * The Sätteri mdast plugin for case texts: it refuses what a case may not hold before anything
 * compiles, numbers the paragraphs with their pin-cites, and derives the annotations the content
 * components mark into `render(entry).remarkPluginFrontmatter`.
 */
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { COMPARE_ROWS, type CompareRow } from '../site/compare.ts';
import { isThemeId, THEMES, type ThemeId } from '../site/themes.ts';
import { casesDir } from './loader.ts';
import { ContentError, shownPath, type ContentProblem } from './problems.ts';
import { checkAddress, isInvisible } from './validation.ts';

type MdastPlugin = NonNullable<SatteriProcessorOptions['mdastPlugins']>[number];

interface Context {
  readonly source: string;
  readonly fileURL: URL | undefined;
  readonly data: Record<string, unknown>;
  replaceNode(node: object, content: object): void;
  removeNode(node: object): void;
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number; offset?: number }; end: { line: number; offset?: number } };
}

/** Each annotation names the paragraph its words stand in. */
type InParagraph<T> = T & { paragraph: number };

/** What a case's text marks, in the order the text has it; a note is the editors' on words of the text, such as a "[sic]". */
export interface Annotations {
  paragraphs: number;
  keyFigures: InParagraph<{ value: string; label: string; quote: string }>[];
  themes: InParagraph<{ id: ThemeId; quote: string }>[];
  terms: InParagraph<{ term: string; explanation: string }>[];
  compare: InParagraph<{ row: CompareRow; phrase: string }>[];
  notes: InParagraph<{ quote: string; note: string }>[];
}

export const CONTENT_COMPONENTS: Readonly<Record<string, { takes: readonly string[]; needs: readonly string[] }>> = {
  KeyFigure: { takes: ['label'], needs: ['label'] },
  Theme: { takes: ['id'], needs: ['id'] },
  Term: { takes: ['explanation'], needs: [] },
  Compare: { takes: ['row'], needs: ['row'] },
  EditorsNote: { takes: ['note'], needs: ['note'] },
};

const PIN_CITE = 'PinCite';

const INLINE = new Set(['text', 'emphasis', 'strong', 'delete', 'break', 'link', 'inlineCode']);

const NAMES: Record<string, string> = {
  heading: 'a heading (the page gives the case its headings)',
  list: 'a list',
  listItem: 'a list',
  blockquote: 'a quotation block',
  thematicBreak: 'a break (---)',
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

const ESCAPE_HINT = 'write \\< or \\{ for a literal < or {';
const expression = (node: Node) => `{${short(node.value ?? '', 30)}} is a JavaScript expression (or an MDX comment), which a case may not hold (${ESCAPE_HINT})`;
const notProse = (node: Node) => `${NAMES[node.type] ?? `Markdown "${node.type}"`} is not part of a case text, which is paragraphs of prose`;

const MAX_EDITORS_WORDS = 300;

/** A theme wraps whole sentences: it starts where one starts and ends where one ends. */
const SENTENCE_END = /[.!?]["”’)]*$/;
const AFTER_SENTENCE = /(?:^|[.!?]["”’)]*\s+)$/;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** A component in a paragraph; `start` and `end` are offsets in the paragraph's text. */
interface Mark {
  node: Node;
  name: string;
  attributes: Record<string, string>;
  start: number;
  end: number;
}

function attributeMap(node: Node): Record<string, string> {
  const map: Record<string, string> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string' && attribute.name) map[attribute.name] = attribute.value;
  }
  return map;
}

const short = (value: string, length = 60): string => {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
};

/**
 * A case text's problems and paragraphs. MDX reads a line made only of components as blocks, not a
 * paragraph: such blocks on adjacent lines are the one paragraph the editor wrote, and read as one.
 */
function readCaseText(root: Node, filePath: string, source: string) {
  const problems: ContentProblem[] = [];
  const refuse = (node: Node, message: string) =>
    problems.push({ filePath, line: node.position?.start.line, column: node.position?.start.column, field: 'body', message });
  const paragraphs: { nodes: Node[]; separators: string[]; text: string; marks: Mark[] }[] = [];

  const checkLink = (node: Node) => {
    const url = node.url ?? '';
    if (url.includes('\\') || url.startsWith('//')) {
      refuse(node, `a link to "${short(url)}" hides where it goes: a path on this site starts with one /, another site's address with https://`);
    } else if (/^https?:/i.test(url)) {
      const checked = checkAddress(url);
      if ('error' in checked) refuse(node, `a link to "${short(url)}": the address ${checked.error}`);
    } else if (!/^(mailto:|\/|#)/i.test(url)) {
      refuse(node, `a link to "${short(url)}": links go to http(s) or mailto: addresses, or to a path on this site (/…)`);
    }
  };

  const checkComponent = (node: Node): Record<string, string> | undefined => {
    const name = node.name ?? '';
    const spec = CONTENT_COMPONENTS[name];
    if (!spec) {
      const offered = Object.keys(CONTENT_COMPONENTS).map((key) => `<${key}>`).join(', ');
      refuse(node, `<${name}> is not one of the content components a case may use (${offered}); no other HTML or JSX (${ESCAPE_HINT})`);
      return undefined;
    }
    let good = true;
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') {
        refuse(node, `<${name}> has an attribute computed by JavaScript; give plain "text" values`);
        good = false;
      } else if (!spec.takes.includes(attribute.name ?? '')) {
        refuse(node, `<${name}> takes no attribute "${attribute.name}" (it takes ${spec.takes.join(', ')})`);
        good = false;
      } else if (isInvisible(attribute.value) || attribute.value.length > MAX_EDITORS_WORDS) {
        refuse(node, `<${name} ${attribute.name}="…"> must be words, at most ${MAX_EDITORS_WORDS} characters`);
        good = false;
      }
    }
    const attributes = attributeMap(node);
    for (const needed of spec.needs.filter((key) => !(key in attributes))) {
      refuse(node, `<${name}> needs its ${needed}="…"`);
      good = false;
    }
    if (name === 'Theme' && attributes.id && !isThemeId(attributes.id)) {
      refuse(node, `<Theme id="${short(attributes.id)}"> names no theme: one of ${THEMES.map((theme) => theme.id).join(', ')}`);
      good = false;
    }
    if (name === 'Compare' && attributes.row && !(COMPARE_ROWS as readonly string[]).includes(attributes.row)) {
      refuse(node, `<Compare row="${short(attributes.row)}"> names no row: one of ${COMPARE_ROWS.join(', ')}`);
      good = false;
    }
    return good ? attributes : undefined;
  };

  const walkInline = (node: Node, state: { text: string; marks: Mark[] }) => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        state.text += node.value ?? '';
        return;
      case 'break':
        state.text += '\n';
        return;
      case 'mdxTextExpression':
        refuse(node, expression(node));
        return;
      case 'mdxJsxTextElement': {
        const attributes = checkComponent(node);
        // Marked before its children, so that of two components around the same words the outer comes first.
        const mark = { node, name: node.name!, attributes: attributes ?? {}, start: state.text.length, end: 0 };
        if (attributes) state.marks.push(mark);
        for (const child of node.children ?? []) walkInline(child, state);
        mark.end = state.text.length;
        return;
      }
      default:
        if (!INLINE.has(node.type)) {
          refuse(node, notProse(node));
          return;
        }
        if (node.type === 'link') checkLink(node);
        for (const child of node.children ?? []) walkInline(child, state);
    }
  };

  for (const block of root.children ?? []) {
    if (block.type === 'yaml') continue;
    if (block.type === 'mdxjsEsm') {
      refuse(block, `\`${short(block.value ?? '', 20).split(' ')[0]}\` is code (import or export), which a case may not hold: it would run when the site is built`);
    } else if (block.type === 'mdxFlowExpression') {
      refuse(block, expression(block));
    } else if (block.type === 'paragraph') {
      const state = { text: '', marks: [] as Mark[] };
      for (const child of block.children ?? []) walkInline(child, state);
      paragraphs.push({ nodes: [block], separators: [], ...state });
    } else if (block.type === 'mdxJsxFlowElement') {
      if ((block.children ?? []).some((child) => !INLINE.has(child.type) && child.type !== 'mdxJsxTextElement')) {
        refuse(block, `<${block.name}> may hold only the words of one paragraph, on the same line as its text`);
        continue;
      }
      const previous = paragraphs.at(-1);
      const last = previous?.nodes.at(-1);
      const joined = last?.type === 'mdxJsxFlowElement' && last.position && block.position && block.position.start.line - last.position.end.line <= 1;
      const state = joined ? previous! : { nodes: [], separators: [], text: '', marks: [] as Mark[] };
      if (joined) {
        const separator = source.slice(last.position!.end.offset, block.position!.start.offset);
        state.separators.push(separator);
        state.text += separator;
      }
      walkInline({ ...block, type: 'mdxJsxTextElement' }, state);
      state.nodes.push(block);
      if (!joined) paragraphs.push(state);
    } else {
      refuse(block, notProse(block));
    }
  }
  if (paragraphs.length === 0 && problems.length === 0) {
    problems.push({ filePath, field: 'body', message: 'the case text is empty: paste the case’s paragraphs after the frontmatter' });
  }
  return { problems, paragraphs };
}

function sentenceAround(text: string, start: number, end: number): string {
  // A line break inside a paragraph is a space to a reader; to the segmenter it would end a sentence.
  const sentences = segmenter.segment(text.replace(/[\r\n]/g, ' '));
  const first = sentences.containing(start)!;
  const last = sentences.containing(Math.max(start, end - 1))!;
  return text.slice(first.index, last.index + last.segment.length).trim();
}

function annotate(paragraphs: readonly { text: string; marks: readonly Mark[] }[], filePath: string) {
  const problems: ContentProblem[] = [];
  const annotations: Annotations = { paragraphs: paragraphs.length, keyFigures: [], themes: [], terms: [], compare: [], notes: [] };
  const explained = new Map<string, string>();
  const themeSeen = new Map<string, number>();
  const at = (mark: Mark, message: string) =>
    problems.push({ filePath, line: mark.node.position?.start.line, column: mark.node.position?.start.column, field: 'body', message });
  paragraphs.forEach(({ text, marks }, index) => {
    const paragraph = index + 1;
    // In the order the text has them: by where they start, an outer component before an inner one.
    for (const mark of [...marks].sort((a, b) => a.start - b.start || b.end - a.end)) {
      const words = text.slice(mark.start, mark.end).replace(/\s+/g, ' ').trim();
      if (isInvisible(words)) {
        at(mark, `<${mark.name}> must hold words of the text`);
        continue;
      }
      const { attributes } = mark;
      switch (mark.name) {
        case 'KeyFigure':
          annotations.keyFigures.push({ value: words, label: attributes.label, quote: sentenceAround(text, mark.start, mark.end).replace(/\s+/g, ' '), paragraph });
          break;
        case 'Theme': {
          const before = text.slice(0, mark.start);
          if (!AFTER_SENTENCE.test(before) || !SENTENCE_END.test(words)) {
            at(mark, `<Theme id="${attributes.id}"> must hold whole sentences, from a sentence's first word to its full stop: “${short(words)}”`);
          } else if (themeSeen.has(attributes.id)) {
            at(mark, `<Theme id="${attributes.id}"> is already marked in paragraph ${themeSeen.get(attributes.id)}: a case shows a theme once, with its best sentence`);
          } else {
            themeSeen.set(attributes.id, paragraph);
            annotations.themes.push({ id: attributes.id as ThemeId, quote: words, paragraph });
          }
          break;
        }
        case 'Term': {
          const explanation = attributes.explanation ?? explained.get(words);
          if (attributes.explanation && explained.has(words)) {
            at(mark, `<Term> “${short(words)}” is explained already; give its explanation="…" once, at its first use`);
          } else if (explanation === undefined) {
            at(mark, `<Term> “${short(words)}” needs its explanation="…" at its first use`);
          } else if (!explained.has(words)) {
            explained.set(words, explanation);
            annotations.terms.push({ term: words, explanation, paragraph });
          }
          break;
        }
        case 'Compare':
          annotations.compare.push({ row: attributes.row as CompareRow, phrase: words, paragraph });
          break;
        case 'EditorsNote':
          annotations.notes.push({ quote: words, note: attributes.note, paragraph });
          break;
      }
    }
  });
  return { annotations, problems };
}

export const casePlugin = {
  name: 'case-text',
  options: { position: true },
  before(root: object, context: Context) {
    const path = context.fileURL && fileURLToPath(context.fileURL);
    const folder = resolve(casesDir());
    if (!path?.startsWith(folder + sep)) return;
    const filePath = shownPath(path);
    const read = readCaseText(root as Node, filePath, context.source);
    const { annotations, problems } = annotate(read.paragraphs, filePath);
    const all = [...read.problems, ...problems];
    if (all.length > 0) {
      const [first] = all;
      // The line and column also reach Astro's error overlay under `astro dev`.
      throw Object.assign(new ContentError(all), { line: first.line, column: first.column });
    }
    read.paragraphs.forEach(({ nodes, separators }, index) => {
      const number = String(index + 1);
      const pin = { type: 'mdxJsxTextElement', name: PIN_CITE, attributes: [{ type: 'mdxJsxAttribute', name: 'number', value: number }], children: [] };
      const content =
        nodes[0].type === 'paragraph'
          ? (nodes[0].children ?? [])
          : nodes.flatMap((node, at) => [...(at > 0 ? [{ type: 'text', value: separators[at - 1] }] : []), { ...node, type: 'mdxJsxTextElement' }]);
      // <paragraph-text> is no inline element to Pagefind: the text is indexed once, not again with its anchor.
      const paragraph = { type: 'paragraph', data: { hProperties: { id: `p-${number}` } }, children: [{ type: 'paragraphText', data: { hName: 'paragraph-text' }, children: [pin, ...content] }] };
      context.replaceNode(nodes[0], paragraph);
      for (const node of nodes.slice(1)) context.removeNode(node);
    });
    (context.data.astro as { frontmatter: Record<string, unknown> }).frontmatter.annotations = annotations;
  },
} satisfies MdastPlugin;
