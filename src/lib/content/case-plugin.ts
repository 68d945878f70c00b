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
  setField(node: object, key: 'data', value: object): void;
  wrapNode(node: object, parent: object): void;
  prependChild(node: object, child: object): void;
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

const ESCAPE_HINT = 'write \\< or \\{ for a literal < or {';
const expression = (node: Node) => `{${short(node.value ?? '', 30)}} is a JavaScript expression (or an MDX comment), which a case may not hold (${ESCAPE_HINT})`;

const MAX_EDITORS_WORDS = 300;

/** A theme wraps whole sentences: it starts where one starts and ends where one ends. */
const SENTENCE_END = /[.!?]["”’)]*$/;
const AFTER_SENTENCE = /(?:^|[.!?]["”’)]*\s+)$/;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** A component in a paragraph; `start` and `end` are offsets in the paragraph's text. */
interface Mark {
  name: string;
  attributes: Record<string, string>;
  position: Node['position'];
  start: number;
  end: number;
}

/** A paragraph as the editor wrote it: a Markdown paragraph, or lines made only of components, with what stands between them. */
interface Paragraph {
  text: string;
  marks: Mark[];
  separators?: string[];
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

const startOf = (node: Node) => node.position!.start.offset!;
const endOf = (node: Node) => node.position!.end.offset!;

/**
 * One case text read as Sätteri's visitors meet its nodes, in document order. Offsets in the source
 * tell where each node stands: a node past the current top-level block starts the next one, and what
 * lies inside something refused is not read. Reading node by node, rather than materialising the
 * tree, is what keeps the plugin cheap at thousands of cases.
 */
class CaseReading {
  readonly filePath: string;
  readonly problems: ContentProblem[] = [];
  readonly paragraphs: Paragraph[] = [];
  /** The paragraph whose words are being read, if the current top-level block is one. */
  private current: Paragraph | undefined;
  private block = { end: -1, line: 0, flow: false };
  private skipUntil = -1;
  /** The components still open at the point read, innermost last, with where each ends in the source. */
  private readonly open: { mark: Mark; end: number }[] = [];

  constructor(filePath: string) {
    this.filePath = filePath;
  }

  /** A problem at a node or a component's mark (`{}`: the text as a whole); the node is still read. */
  note({ position }: Pick<Node, 'position'>, message: string): void {
    this.problems.push({ filePath: this.filePath, line: position?.start.line, column: position?.start.column, field: 'body', message });
  }

  /** A problem at `node`; nothing inside it is read. */
  refuse(node: Node, message: string): void {
    this.note(node, message);
    this.skipUntil = endOf(node);
  }

  /** Where `node` stands: inside something refused, at the start of a new top-level block, or inside the current one. */
  place(node: Node): 'skip' | 'block' | 'inside' {
    const start = startOf(node);
    if (start < this.skipUntil) return 'skip';
    this.close(start);
    if (start < this.block.end) return 'inside';
    this.current = undefined;
    return 'block';
  }

  /** Ends the components that end before `offset`, at the length the paragraph's text has reached. */
  close(offset: number): void {
    while (this.open.length > 0 && this.open.at(-1)!.end <= offset) this.open.pop()!.mark.end = this.current!.text.length;
  }

  /** Starts a paragraph at a top-level block, and gives its number; lines made only of components join the lines of components just above them. */
  startParagraph(node: Node, source: () => string): number {
    const { line, end, flow } = this.block;
    const joined = node.type === 'mdxJsxFlowElement' && flow && node.position!.start.line - line <= 1;
    this.block = { end: endOf(node), line: node.position!.end.line, flow: node.type === 'mdxJsxFlowElement' };
    if (joined) {
      const paragraph = this.paragraphs.at(-1)!;
      const separator = source().slice(end, startOf(node));
      paragraph.separators!.push(separator);
      paragraph.text += separator;
      this.current = paragraph;
    } else {
      this.current = { text: '', marks: [], separators: node.type === 'mdxJsxFlowElement' ? [] : undefined };
      this.paragraphs.push(this.current);
    }
    return this.paragraphs.length;
  }

  /** A top-level block that is no paragraph: nothing of it is read. */
  refuseBlock(node: Node, message: string): void {
    this.block = { end: endOf(node), line: node.position!.end.line, flow: false };
    this.refuse(node, message);
  }

  addText(value: string): void {
    if (this.current) this.current.text += value;
  }

  /** A component where the text has reached; it is marked (before its children, so an outer one comes first) when it is well formed. */
  addComponent(node: Node): void {
    const attributes = checkComponent(node, this);
    if (!attributes || !this.current) return;
    const mark = { name: node.name!, attributes, position: node.position, start: this.current.text.length, end: 0 };
    this.current.marks.push(mark);
    this.open.push({ mark, end: endOf(node) });
  }

  finish(): void {
    this.close(Infinity);
    if (this.paragraphs.length === 0 && this.problems.length === 0) {
      this.note({}, 'the case text is empty: paste the case’s paragraphs after the frontmatter');
    }
  }
}

function checkLink(node: Node, reading: CaseReading): void {
  const url = node.url ?? '';
  if (url.includes('\\') || url.startsWith('//')) {
    reading.note(node, `a link to "${short(url)}" hides where it goes: a path on this site starts with one /, another site's address with https://`);
  } else if (/^https?:/i.test(url)) {
    const checked = checkAddress(url);
    if ('error' in checked) reading.note(node, `a link to "${short(url)}": the address ${checked.error}`);
  } else if (!/^(mailto:|\/|#)/i.test(url)) {
    reading.note(node, `a link to "${short(url)}": links go to http(s) or mailto: addresses, or to a path on this site (/…)`);
  }
}

/** A component's attributes when it is one of the content components, used as it must be; else its problems are noted. */
function checkComponent(node: Node, reading: CaseReading): Record<string, string> | undefined {
  const note = (message: string) => reading.note(node, message);
  const name = node.name ?? '';
  const spec = CONTENT_COMPONENTS[name];
  if (!spec) {
    const offered = Object.keys(CONTENT_COMPONENTS).map((key) => `<${key}>`).join(', ');
    note(`<${name}> is not one of the content components a case may use (${offered}); no other HTML or JSX (${ESCAPE_HINT})`);
    return undefined;
  }
  let good = true;
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') {
      note(`<${name}> has an attribute computed by JavaScript; give plain "text" values`);
      good = false;
    } else if (!spec.takes.includes(attribute.name ?? '')) {
      note(`<${name}> takes no attribute "${attribute.name}" (it takes ${spec.takes.join(', ')})`);
      good = false;
    } else if (isInvisible(attribute.value) || attribute.value.length > MAX_EDITORS_WORDS) {
      note(`<${name} ${attribute.name}="…"> must be words, at most ${MAX_EDITORS_WORDS} characters`);
      good = false;
    }
  }
  const attributes = attributeMap(node);
  for (const needed of spec.needs.filter((key) => !(key in attributes))) {
    note(`<${name}> needs its ${needed}="…"`);
    good = false;
  }
  if (name === 'Theme' && attributes.id && !isThemeId(attributes.id)) {
    note(`<Theme id="${short(attributes.id)}"> names no theme: one of ${THEMES.map((theme) => theme.id).join(', ')}`);
    good = false;
  }
  if (name === 'Compare' && attributes.row && !(COMPARE_ROWS as readonly string[]).includes(attributes.row)) {
    note(`<Compare row="${short(attributes.row)}"> names no row: one of ${COMPARE_ROWS.join(', ')}`);
    good = false;
  }
  return good ? attributes : undefined;
}

/** A paragraph's sentences; a line break inside a paragraph is a space to a reader, but to the segmenter it would end a sentence. */
const sentencesOf = (text: string) => segmenter.segment(text.replace(/[\r\n]/g, ' '));

function sentenceAround(sentences: Intl.Segments, text: string, start: number, end: number): string {
  const first = sentences.containing(start)!;
  const last = sentences.containing(Math.max(start, end - 1))!;
  return text.slice(first.index, last.index + last.segment.length).trim();
}

/** The annotations the read text marks; what is wrong with a mark is noted on the reading. */
function annotate(reading: CaseReading): Annotations {
  const { paragraphs } = reading;
  const annotations: Annotations = { paragraphs: paragraphs.length, keyFigures: [], themes: [], terms: [], compare: [], notes: [] };
  const explained = new Map<string, string>();
  const themeSeen = new Map<string, number>();
  paragraphs.forEach(({ text, marks }, index) => {
    const paragraph = index + 1;
    let sentences: Intl.Segments | undefined;
    // In the order the text has them: by where they start, an outer component before an inner one.
    for (const mark of [...marks].sort((a, b) => a.start - b.start || b.end - a.end)) {
      const words = text.slice(mark.start, mark.end).replace(/\s+/g, ' ').trim();
      if (isInvisible(words)) {
        reading.note(mark, `<${mark.name}> must hold words of the text`);
        continue;
      }
      const { attributes } = mark;
      switch (mark.name) {
        case 'KeyFigure':
          annotations.keyFigures.push({ value: words, label: attributes.label, quote: sentenceAround((sentences ??= sentencesOf(text)), text, mark.start, mark.end).replace(/\s+/g, ' '), paragraph });
          break;
        case 'Theme': {
          const before = text.slice(0, mark.start);
          if (!AFTER_SENTENCE.test(before) || !SENTENCE_END.test(words)) {
            reading.note(mark, `<Theme id="${attributes.id}"> must hold whole sentences, from a sentence's first word to its full stop: “${short(words)}”`);
          } else if (themeSeen.has(attributes.id)) {
            reading.note(mark, `<Theme id="${attributes.id}"> is already marked in paragraph ${themeSeen.get(attributes.id)}: a case shows a theme once, with its best sentence`);
          } else {
            themeSeen.set(attributes.id, paragraph);
            annotations.themes.push({ id: attributes.id as ThemeId, quote: words, paragraph });
          }
          break;
        }
        case 'Term': {
          const explanation = attributes.explanation ?? explained.get(words);
          if (attributes.explanation && explained.has(words)) {
            reading.note(mark, `<Term> “${short(words)}” is explained already; give its explanation="…" once, at its first use`);
          } else if (explanation === undefined) {
            reading.note(mark, `<Term> “${short(words)}” needs its explanation="…" at its first use`);
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
  return annotations;
}

/** Each document's reading, from the visitors' pass to the `after` hook; `null` for a file that is no case. */
const readings = new WeakMap<object, CaseReading | null>();

function readingOf(context: Context): CaseReading | null {
  let reading = readings.get(context.data);
  if (reading === undefined) {
    const path = context.fileURL && fileURLToPath(context.fileURL);
    reading = path?.startsWith(resolve(casesDir()) + sep) ? new CaseReading(shownPath(path)) : null;
    readings.set(context.data, reading);
  }
  return reading;
}

/** A visitor that reads its node unless the node lies inside something refused, or in a file that is no case. */
const reads =
  (read: (reading: CaseReading, node: Node, context: Context, where: 'block' | 'inside') => void) =>
  (node: object, context: Context): void => {
    const reading = readingOf(context);
    const where = reading?.place(node as Node);
    if (reading && where && where !== 'skip') read(reading, node as Node, context, where);
  };

const refuses = (message: (node: Node) => string) => reads((reading, node, _context, where) => (where === 'block' ? reading.refuseBlock(node, message(node)) : reading.refuse(node, message(node))));

// <paragraph-text> is no inline element to Pagefind: the text is indexed once, not again with its anchor.
const PARAGRAPH_TEXT = { hName: 'paragraph-text' };
const paragraphNode = (number: number, children: object[]) => ({ type: 'paragraph', data: { hProperties: { id: `p-${number}` } }, children });
const pinCite = (number: number) => ({ type: 'mdxJsxTextElement', name: PIN_CITE, attributes: [{ type: 'mdxJsxAttribute', name: 'number', value: String(number) }], children: [] });

/** The node types the plugin reads, and the MDX it refuses with messages of their own. */
const VISITORS = {
  paragraph: reads((reading, node, context) => {
    const number = reading.startParagraph(node, () => context.source);
    context.setField(node, 'data', PARAGRAPH_TEXT);
    context.wrapNode(node, paragraphNode(number, []));
    context.prependChild(node, pinCite(number));
  }),
  mdxJsxFlowElement: reads((reading, node, context, where) => {
    if (where === 'block') {
      if ((node.children ?? []).some((child) => !INLINE.has(child.type) && child.type !== 'mdxJsxTextElement')) {
        reading.refuseBlock(node, `<${node.name}> may hold only the words of one paragraph, on the same line as its text`);
        return;
      }
      reading.startParagraph(node, () => context.source);
    }
    reading.addComponent(node);
  }),
  mdxJsxTextElement: reads((reading, node) => reading.addComponent(node)),
  text: reads((reading, node) => reading.addText(node.value ?? '')),
  inlineCode: reads((reading, node) => reading.addText(node.value ?? '')),
  break: reads((reading) => reading.addText('\n')),
  link: reads((reading, node) => checkLink(node, reading)),
  mdxTextExpression: refuses(expression),
  mdxFlowExpression: refuses(expression),
  mdxjsEsm: refuses((node) => `\`${short(node.value ?? '', 20).split(' ')[0]}\` is code (import or export), which a case may not hold: it would run when the site is built`),
};

type KeyOf<T> = T extends unknown ? keyof T : never;
/** The node types Sätteri can visit. */
type NodeType = Exclude<KeyOf<Extract<MdastPlugin, { name: string }>>, 'name' | 'options' | 'before' | 'after'>;

/** Every other node type but prose emphasis and the frontmatter, named for the editor and refused; the type checker holds this list to Sätteri's. */
const NOT_PROSE: Record<Exclude<NodeType, keyof typeof VISITORS | 'emphasis' | 'strong' | 'delete' | 'yaml'>, string> = {
  heading: 'a heading (the page gives the case its headings)',
  list: 'a list',
  listItem: 'a list',
  blockquote: 'a quotation block',
  thematicBreak: 'a break (---)',
  image: 'an image',
  code: 'a code block',
  table: 'a table',
  tableRow: 'a table',
  tableCell: 'a table',
  html: 'raw HTML',
  footnoteReference: 'a footnote',
  footnoteDefinition: 'a footnote',
  definition: 'a link definition',
  linkReference: 'a reference-style link',
  imageReference: 'an image',
  toml: 'a TOML frontmatter',
  math: 'a math block',
  inlineMath: 'math',
  containerDirective: 'a directive',
  leafDirective: 'a directive',
  textDirective: 'a directive',
  superscript: 'a superscript',
  subscript: 'a subscript',
  descriptionList: 'a definition list',
  descriptionTerm: 'a definition list',
  descriptionDetails: 'a definition list',
  custom: 'a node of a Markdown extension',
};

const notProse = (node: Node) => `${(NOT_PROSE as Record<string, string>)[node.type] ?? `Markdown "${node.type}"`} is not part of a case text, which is paragraphs of prose`;

export const casePlugin = {
  name: 'case-text',
  options: { position: true },
  ...VISITORS,
  ...(Object.fromEntries(Object.keys(NOT_PROSE).map((type) => [type, refuses(notProse)])) as Record<keyof typeof NOT_PROSE, ReturnType<typeof refuses>>),
  after(root: object, context: Context) {
    const reading = readingOf(context);
    readings.delete(context.data);
    if (!reading) return;
    reading.finish();
    const annotations = annotate(reading);
    if (reading.problems.length > 0) {
      const [first] = reading.problems;
      // The line and column also reach Astro's error overlay under `astro dev`.
      throw Object.assign(new ContentError(reading.problems), { line: first.line, column: first.column });
    }
    // Lines made only of components become the one paragraph they are; the visitors met them before knowing where a run ends.
    const flows = reading.paragraphs.some((paragraph) => paragraph.separators) ? (root as Node).children!.filter((node) => node.type === 'mdxJsxFlowElement') : [];
    reading.paragraphs.forEach(({ separators }, index) => {
      if (!separators) return;
      const nodes = flows.splice(0, separators.length + 1);
      const content = nodes.flatMap((node, at) => [...(at > 0 ? [{ type: 'text', value: separators[at - 1] }] : []), { ...node, type: 'mdxJsxTextElement' }]);
      context.replaceNode(nodes[0], paragraphNode(index + 1, [{ type: 'paragraph', data: PARAGRAPH_TEXT, children: [pinCite(index + 1), ...content] }]));
      for (const node of nodes.slice(1)) context.removeNode(node);
    });
    (context.data.astro as { frontmatter: Record<string, unknown> }).frontmatter.annotations = annotations;
  },
} satisfies MdastPlugin;
