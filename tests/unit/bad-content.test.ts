/**
 * Bad content, one row per mistake or attack, each starting from tests/fixtures/every-component.mdx and
 * read as a build reads it (tests/support/case-pipeline.ts): one line naming file, line and field.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/content.config.ts';
import { readCaseFolder } from '../../src/lib/content/loader.ts';
import { buildMessages, FIXTURE } from '../support/case-pipeline';
import { scratchForTest } from '../support/scratch';

const GOOD = readFileSync(FIXTURE, 'utf8');
const TEXT = GOOD.slice(GOOD.indexOf('\n---\n') + 5);

/** The fixture with each `[from, to]` replaced: a `from` not in it is a mistake in the row. */
function edit(...changes: [string | RegExp, string][]): string {
  return changes.reduce((source, [from, to]) => {
    if (!source.match(from)) throw new Error(`the fixture holds no ${from}`);
    return source.replace(from, to);
  }, GOOD);
}
/** The fixture with its text replaced. */
const text = (body: string) => GOOD.replace(TEXT, `\n${body}\n`);
/** The fixture with a field's line replaced (its first line that starts with `key:`). */
const field = (key: string, line: string) => edit([new RegExp(`^( *)${key}:.*$`, 'm'), `$1${line}`]);

type Files = Record<string, string | Uint8Array | { link: string } | { folder: true }>;
const one = (source: string | Uint8Array): Files => ({ 'bad.mdx': source });

/** Where the Latin-1 row writes its word, and where the characters' rows write theirs. */
const BENCH = GOOD.indexOf('a bench');
const CHARGER = GOOD.split('\n')[16].indexOf('charger') + 1;
/** Characters no text may hold, with the code point the message names. */
const CHARACTERS = { NUL: '\0', BEL: '\x07', ESC: '\x1b', VT: '\v', DEL: '\x7f', RLO: '\u202e' };
const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Each row: its name, its files, and what the build's line for it must begin with (after `content/cases/`). */
const ROWS: [string, Files, string][] = [
  // The catalogue of earlier versions, each still refused.
  ['archived-not-on-an-archive', one(edit(['  publisher:', '  archived: https://example.org/copy-of-report.html\n  publisher:'])), 'bad.mdx:13: source.archived: must be a web archive'],
  ['category-wrong-case', one(field('category', 'category: Rural')), 'bad.mdx:4: category: must be one of urban, rural'],
  ['duplicate-order', { 'a.mdx': GOOD, 'b.mdx': GOOD }, 'a.mdx: order: 1 is also the position of content/cases/b.mdx'],
  ['duplicate-slug', one(edit(['title:', 'slug: other\ntitle:'])), 'bad.mdx:2: slug: unknown field'],
  ['empty-body', one(text('')), 'bad.mdx: body: the case text is empty'],
  ['impossible-date', one(field('published', 'published: 2025-02-30')), 'bad.mdx:14: source.published: must be a real date'],
  ['javascript-source-url', one(field('url', 'url: javascript:alert(document.domain)')), 'bad.mdx:12: source.url: must be an absolute http:// or https:// address'],
  ['missing-title', one(edit(['title: Anytown, Somewhere\n', ''])), 'bad.mdx: title: is required'],
  ['quote-not-in-text: a theme around half a sentence', one(text('The county <Theme id="service-teams">built stations</Theme> for riders.')), 'bad.mdx:17:12: body: <Theme id="service-teams"> must hold whole sentences'],
  ['relative-source-url', one(field('url', 'url: /2025/05/16/report.html')), 'bad.mdx:12: source.url: must be an absolute'],
  ['summary-too-long', one(field('summary', `summary: ${'A long summary. '.repeat(20)}`)), 'bad.mdx:10: summary: must be at most 300 characters'],
  ['term-not-in-text: a term without its explanation', one(text('The county built <Term>Lianxin Post Stations</Term>.')), 'bad.mdx:17:18: body: <Term> “Lianxin Post Stations” needs its explanation'],
  ['unknown-category', one(field('category', 'category: suburban')), 'bad.mdx:4: category: must be one of'],
  ['unknown-key', one(edit(['summary:', 'sumary: And here, misspelled.\nsummary:'])), 'bad.mdx:10: sumary: unknown field'],
  ['unknown-theme', one(edit(['id="service-teams"', 'id="volunteers"'])), 'bad.mdx:19:1: body: <Theme id="volunteers"> names no theme'],
  ['wrong-type', one(field('order', 'order: "one"')), 'bad.mdx:5: order: must be a whole number (got "one")'],
  ['yaml-syntax-error', one(field('subtitle', 'subtitle: Exploring: a colon')), 'bad.mdx:3: YAML: Nested mappings are not allowed'],
  // The frontmatter.
  ['a key given twice', one(edit(['subtitle:', 'title: Again\nsubtitle:'])), 'bad.mdx:3: YAML: Map keys must be unique'],
  ['no frontmatter', one(TEXT), 'bad.mdx:1: (frontmatter): the file must start with a --- frontmatter block ---'],
  ['a list for a frontmatter', one(`---\n- a\n---\n\n${TEXT}`), 'bad.mdx:2: (frontmatter): must be a set of `key: value` fields'],
  ['an unknown field inside place', one(field('country', 'country: China\n  city: Anytown')), 'bad.mdx:10: place.city: unknown field'],
  ['order 0', one(field('order', 'order: 0')), 'bad.mdx:5: order: must be 1 or more'],
  ['an empty subtitle', one(field('subtitle', 'subtitle: "  "')), 'bad.mdx:3: subtitle: must not be empty'],
  ['a title of one zero-width space', one(field('title', 'title: "\u200b"')), 'bad.mdx:2: title: must not be empty (or only invisible characters)'],
  ['an ftp source', one(field('url', 'url: ftp://example.org/a')), 'bad.mdx:12: source.url: must be an absolute http:// or https:// address'],
  ['a source with credentials', one(field('url', 'url: https://editor:S3cret@cms.example.org/a')), 'bad.mdx:12: source.url: must not hold a user name or password'],
  ['a source whose @ hides its host', one(field('url', 'url: https://www.12371.cn@evil.example/a')), 'bad.mdx:12: source.url: must not hold a user name or password'],
  ['a source with a control character, YAML-escaped', one(field('url', 'url: "https://example.org/a\\e[2Jb"')), 'bad.mdx:12: source.url: must not hold spaces, line breaks or control characters'],
  ['an archived copy of another page', one(edit(['  publisher:', '  archived: https://web.archive.org/web/2025/https://evil.example/phishing-login\n  publisher:'])), "bad.mdx:13: source.archived: must be a web archive's snapshot of source.url"],
  ['a YAML alias bomb', one(edit(['title:', 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\ntitle:'])), 'bad.mdx: YAML: Excessive alias count'],
  ['a placeholder in the text', one(text('TODO: paste the case text.')), 'bad.mdx:17:1: body: still holds a placeholder'],
  ['a placeholder in a field', one(field('subtitle', 'subtitle: "TODO: the heading"')), 'bad.mdx:3: subtitle: still the placeholder from npm run new-case'],
  // Bytes and characters.
  ['Latin-1 bytes', one(Buffer.concat([Buffer.from(GOOD.slice(0, BENCH)), Buffer.from('Caf\xe9 ', 'latin1'), Buffer.from(GOOD.slice(BENCH))])), `bad.mdx: file: is not UTF-8 text (byte ${Buffer.byteLength(GOOD.slice(0, BENCH)) + 3} starts`],
  ...Object.entries(CHARACTERS).flatMap(([name, character]): [string, Files, string][] => [
    [`${name} in the text`, one(edit(['charger', `${character}charger`])), `bad.mdx:17:${CHARGER}: text: holds the invisible character ${codePoint(character)}`],
    [`${name} in a title`, one(field('title', `title: Any${character}town`)), `bad.mdx:2:11: text: holds the invisible character ${codePoint(character)}`],
  ]),
  // The text: prose and the content components only.
  ['an unknown component', one(text('A <Figure>26</Figure> stations.')), 'bad.mdx:17:3: body: <Figure> is not one of the content components'],
  ['a wrong attribute', one(text('A <Term meaning="x">term</Term>.')), 'bad.mdx:17:3: body: <Term> takes no attribute "meaning" (it takes explanation)'],
  ['an expression as attribute', one(text('A <Term explanation={process.env.X}>term</Term>.')), 'bad.mdx:17:3: body: <Term> has an attribute computed by JavaScript'],
  ['a spread attribute', one(text('A <Term {...props}>term</Term>.')), 'bad.mdx:17:3: body: <Term> has an attribute computed by JavaScript'],
  ['a key figure without its label', one(edit([' label="post stations built"', ''])), 'bad.mdx:17:47: body: <KeyFigure> needs its label'],
  ['an unknown compare row', one(edit(['row="organised"', 'row="who"'])), 'bad.mdx:17:205: body: <Compare row="who"> names no row'],
  ['a theme marked twice', one(edit(['id="service-teams"', 'id="service-networks"'])), 'bad.mdx:19:1: body: <Theme id="service-networks"> is already marked in paragraph 1'],
  ['a term explained twice', one(edit(['<Term>Lianxin', '<Term explanation="Again.">Lianxin'])), 'bad.mdx:19:139: body: <Term> “Lianxin Post Stations” is explained already'],
  ['a component around a paragraph break', one(text('<Theme id="service-teams">\nOne.\n\nTwo.\n</Theme>')), 'bad.mdx:17:1: body: <Theme> may hold only the words of one paragraph'],
  ['an empty component', one(text('A <KeyFigure label="x"> </KeyFigure> figure.')), 'bad.mdx:17:3: body: <KeyFigure> must hold words of the text'],
  ['import', one(text("import fs from 'node:fs'\n\nText.")), 'bad.mdx:17:1: body: `import` is code (import or export)'],
  ['export', one(text('Text.\n\nexport const a = 1')), 'bad.mdx:19:1: body: `export` is code (import or export)'],
  ['an expression', one(text("Run {execSync('id').toString()} now.")), "bad.mdx:17:5: body: {execSync('id').toString()} is a JavaScript expression"],
  ['an MDX comment', one(text('Text.\n\n{/* a note */}')), 'bad.mdx:19:1: body: {/* a note */} is a JavaScript expression (or an MDX comment)'],
  ['<meta http-equiv>', one(text('<meta http-equiv="refresh" content="0;url=https://evil.example/" />')), 'bad.mdx:17:1: body: <meta> is not one of the content components'],
  ['<script>', one(text('<script>alert(1)</script>')), 'bad.mdx:17:1: body: <script> is not one of the content components'],
  ['an HTML element in a sentence', one(text('A <b>bold</b> word.')), 'bad.mdx:17:3: body: <b> is not one of the content components'],
  ['a bare <', one(text('Fewer than <5 stations were closed.')), 'bad.mdx:17:12: Unexpected character after `<`'],
  ['an HTML comment', one(text('<!-- a note -->')), 'bad.mdx:17:1: Unexpected character `!`'],
  ['an autolink', one(text('See <https://example.org>.')), 'bad.mdx:17:5: Unexpected character after `<`'],
  ['an unclosed brace', one(text('An { unclosed brace.')), 'bad.mdx:17:4: Unexpected end of file in expression'],
  ['a JSX fragment', one(text('<>fragment</>')), 'bad.mdx:17:1: body: <> is not one of the content components'],
  ['a heading', one(text('# Heading')), 'bad.mdx:17:1: body: a heading (the page gives the case its headings) is not part of a case text'],
  ['a list', one(text('- one\n- two')), 'bad.mdx:17:1: body: a list is not part of a case text'],
  ['a quotation block', one(text('> Quoted.')), 'bad.mdx:17:1: body: a quotation block is not part of a case text'],
  ['a break', one(text('One.\n\n---\n\nTwo.')), 'bad.mdx:19:1: body: a break (---) is not part of a case text'],
  ['an image', one(text('![a map](./map.png)')), 'bad.mdx:17:1: body: an image is not part of a case text'],
  ['a table', one(text('| a |\n| - |\n| 1 |')), 'bad.mdx:17:1: body: a table is not part of a case text'],
  ['a code block', one(text('```\ncode\n```')), 'bad.mdx:17:1: body: a code block is not part of a case text'],
  ['a link to //host', one(text('[our About page](//evil.example/about/).')), 'bad.mdx:17:1: body: a link to "//evil.example/about/" hides where it goes'],
  ['a link with a backslash', one(text('[About](/\\evil.example/).')), 'bad.mdx:17:1: body: a link to "/\\evil.example/" hides where it goes'],
  ['a javascript: link', one(text('[x](javascript:alert(1)).')), 'bad.mdx:17:1: body: a link to "javascript:alert(1)": links go to http(s) or mailto: addresses'],
  ['a link with credentials', one(text('[x](https://a:b@example.org/).')), 'bad.mdx:17:1: body: a link to "https://a:b@example.org/": the address must not hold a user name'],
  // The folder.
  ['a symbolic link to a folder', { 'a.mdx': GOOD, 'dir.mdx': { link: '/tmp' } }, 'dir.mdx: file: is a symbolic link'],
  ['a symbolic link to a file outside', { 'a.mdx': GOOD, 'outside.mdx': { link: '/etc/hostname' } }, 'outside.mdx: file: is a symbolic link'],
  ['a .md file', { 'a.mdx': GOOD, 'probe.md': GOOD }, 'probe.md: file name: not a case file, so it would not be published: a case is <slug>.mdx; rename it probe.mdx'],
  ['a .MDX file', { 'a.mdx': GOOD, 'probe.MDX': GOOD }, 'probe.MDX: file name: not a case file, so it would not be published: a case is <slug>.mdx; rename it probe.mdx'],
  ['another file', { 'a.mdx': GOOD, 'notes.txt': 'x' }, 'notes.txt: file name: not a case file, so it would not be published: a case is <slug>.mdx; move it elsewhere'],
  ['a subfolder', { 'a.mdx': GOOD, more: { folder: true } }, 'more: folder: cases are read from content/cases/ itself, not from subfolders'],
  ['a name that is no address', { 'Two--Words.mdx': GOOD }, 'Two--Words.mdx: file name: must be lower-case letters and digits joined by single hyphens'],
  ['a file name holding ESC', { 'bad\x1b[2J.mdx': GOOD }, 'bad\\x1b[2J.mdx: file name: must be lower-case'],
  ['a field name holding ESC', one(edit(['title:', '"\\e[2J": x\ntitle:'])), 'bad.mdx:2: \\x1b[2J: unknown field'],
  ['an empty folder', {}, ': cases: no case to publish: the folder holds no <slug>.mdx file'],
  ['only drafts', { '_a.mdx': GOOD }, ': cases: no case to publish: the folder holds no <slug>.mdx file (only drafts: _a.mdx)'],
];

function writeFolder(files: Files): string {
  const folder = join(scratchForTest('bad-content-'), 'cases');
  mkdirSync(folder);
  for (const [name, content] of Object.entries(files)) {
    const path = join(folder, name);
    if (typeof content === 'object' && 'link' in content) symlinkSync(content.link, path);
    else if (typeof content === 'object' && 'folder' in content) mkdirSync(path);
    else writeFileSync(path, content);
  }
  return folder;
}

describe('bad content is refused with one line naming the file, the line and the field', () => {
  it('the fixture passes, and so does the Markdown prose needs', async () => {
    expect(await buildMessages(writeFolder(one(GOOD)))).toBe('');
    const prose = 'A *stressed* and **strong** ~~struck~~ `code` word,  \nbroken [link](https://example.org/a) [mail](mailto:a@example.org) [page](/cases/baotou/#p-2) \\< and \\{.';
    expect(await buildMessages(writeFolder(one(text(prose))))).toBe('');
  });

  it.each(ROWS)('%s', async (_name, files, expected) => {
    const output = await buildMessages(writeFolder(files));
    expect(output.split('\n'), output).toContainEqual(expect.stringMatching(startingWith(expected)));
    // Escaped, so a file name or a value cannot rewrite the terminal's lines around it.
    expect(output).not.toMatch(/[\0-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
  });

  it('drafts and hidden files are not published, and not refused: a draft quietly, a hidden file with a warning', async () => {
    const folder = writeFolder({ 'a.mdx': GOOD, '_draft.mdx': 'x', _old: { folder: true }, '.DS_Store': 'x' });
    const { drafts, warnings } = await readCaseFolder(folder, (path) => path.replace(folder, 'content/cases'), caseSchema);
    expect({ drafts, warnings }).toEqual({ drafts: ['_draft.mdx', '_old'], warnings: ['content/cases/.DS_Store: file: skipped: a hidden file, not a case'] });
  });
});

/** A line that begins with `content/cases/` and then `expected`. */
const startingWith = (expected: string) => new RegExp(`^content/cases${expected.startsWith(':') ? '' : '/'}${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
