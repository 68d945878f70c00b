/**
 * Case files are prose: the loader's checks, through their functions. One real build per
 * kind of refusal is in tests/build/atomic-build.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/errors.ts';
import { sortCaseFolder } from '../../src/lib/content/folder.ts';
import { mdxToHast } from 'satteri';
import { caseText } from '../../src/lib/content/loader.ts';
import { splitParagraphs } from '../../src/lib/content/paragraphs.ts';
import { checkProse } from '../../src/lib/content/prose.ts';
import { CASES_DIR } from '../support/content';

const FRONTMATTER = '---\ntitle: A\n---\n\n';
/** The problems of a file whose text (after a three-line frontmatter) is `body`: lines count from 5. */
const proseOf = (body: string, components?: ReadonlyMap<string, readonly string[]>) =>
  checkProse(`${FRONTMATTER}${body}\n`, 'content/cases/a.mdx', components).map(formatProblem);

describe('checkProse', () => {
  it('passes the real cases', () => {
    for (const name of readdirSync(CASES_DIR).filter((file) => file.endsWith('.mdx'))) {
      expect(checkProse(readFileSync(join(CASES_DIR, name), 'utf8'), name), name).toEqual([]);
    }
  });

  it('passes the Markdown prose needs: emphasis, a line break, links', () => {
    expect(
      proseOf(
        'A *stressed* and **strong** ~~struck~~ `code` word,  \nbroken [link](https://example.org/a) [mail](mailto:a@example.org) [page](/cases/baotou/#p-2).\n\nSecond\nparagraph.',
      ),
    ).toEqual([]);
  });

  it('numbers paragraphs as the raw-text counting does, for every text it passes', () => {
    // The site's hast plugin numbers top-level <p>; the glossary and themes count blank-line blocks.
    const texts = [
      ...readdirSync(CASES_DIR).filter((file) => file.endsWith('.mdx')).map((name) => readFileSync(join(CASES_DIR, name), 'utf8')),
      `${FRONTMATTER}One *a*\nline on.  \nHard break.\n\n\n\nTwo [link](https://example.org/).\n\n\\\n\nThree.\n`,
    ];
    for (const text of texts) {
      expect(checkProse(text, 'a.mdx')).toEqual([]);
      const root = mdxToHast(text, { features: { gfm: true, smartPunctuation: false } }) as { children: { type: string; tagName?: string }[] };
      const topLevelParagraphs = root.children.filter((node) => node.type === 'element' && node.tagName === 'p').length;
      expect(topLevelParagraphs).toBe(splitParagraphs(caseText(text)).length);
    }
  });

  it('refuses the blocks that would make the two paragraph numberings disagree', () => {
    expect(proseOf('One.\n\n> Quoted.\n\n- one\n- two\n\n---\n\n{/* a note */}')).toEqual([
      'content/cases/a.mdx:7:1: body: a quotation block is not part of a case text, which is paragraphs of prose',
      'content/cases/a.mdx:9:1: body: a list is not part of a case text, which is paragraphs of prose',
      'content/cases/a.mdx:12:1: body: a break (---) is not part of a case text, which is paragraphs of prose',
      expect.stringMatching(/^content\/cases\/a\.mdx:14:1: body: \{\/\* a note \*\/\} is a JavaScript expression \(or an MDX comment\)/),
    ]);
  });

  it('reports an MDX syntax error with its line and column, as the build would', () => {
    expect(proseOf('First paragraph.\n\nFewer than <5 stations were closed.')).toEqual([
      expect.stringMatching(/^content\/cases\/a\.mdx:7:12: body: not valid MDX: Unexpected character after `<`.*write \\< or \\\{ for a literal < or \{\)$/),
    ]);
    expect(proseOf('An { unclosed brace.')).toEqual([expect.stringMatching(/^content\/cases\/a\.mdx:5:\d+: body: not valid MDX: Unexpected end of file in expression/)]);
    // An HTML comment and an autolink are not MDX either.
    expect(proseOf('<!-- note -->')).toEqual([expect.stringContaining('a.mdx:5:1: body: not valid MDX')]);
    expect(proseOf('See <https://example.org>.')).toEqual([expect.stringContaining('a.mdx:5:5: body: not valid MDX')]);
  });

  it('refuses import and export, naming the line', () => {
    expect(proseOf("import fs from 'node:fs'\n\nText.\n\nexport const a = 1")).toEqual([
      'content/cases/a.mdx:5:1: body: `import` is code (ESM), which a case file may not hold: it would run when the site is built',
      'content/cases/a.mdx:9:1: body: `export` is code (ESM), which a case file may not hold: it would run when the site is built',
    ]);
  });

  it('refuses every JavaScript expression, inline or on its own line', () => {
    expect(proseOf("Run {execSync('id').toString()} now.\n\n{process.exit(1)}\n\n{/* a */ fetch('http://127.0.0.1/') /* b */}")).toEqual([
      expect.stringMatching(/^content\/cases\/a\.mdx:5:5: body: \{execSync\('id'\)\.toString\(\)\} is a JavaScript expression/),
      expect.stringMatching(/^content\/cases\/a\.mdx:7:1: body: \{process\.exit\(1\)\} is a JavaScript expression/),
      expect.stringMatching(/^content\/cases\/a\.mdx:9:1: body: .* is a JavaScript expression/),
    ]);
  });

  it('refuses HTML and JSX elements, since no content component is offered', () => {
    const problems = proseOf(
      '<meta http-equiv="refresh" content="3;url=https://evil.example/" />\n\n<script>alert(1)</script>\n\nA <b>bold</b> <Figure />, <a href="https://example.org" onclick="x()">link</a>.\n\n<iframe src="https://evil.example/"></iframe>\n\n<>fragment</>',
    );
    expect(problems.map((problem) => /a\.mdx:(\d+:\d+): body: (<[^>]*>)/.exec(problem)?.slice(1).join(' '))).toEqual([
      '5:1 <meta>',
      '7:1 <script>',
      '9:3 <b>',
      '9:15 <Figure>',
      '9:27 <a>',
      '11:1 <iframe>',
      '13:1 <>',
    ]);
    expect(problems[0]).toContain('is an HTML or JSX element, which a case text may not hold (none may be used;');
  });

  it('allows a listed content component with its plain attributes, and nothing computed', () => {
    const components = new Map([['Aside', ['kind']]]);
    expect(proseOf('<Aside kind="note">An *aside*.</Aside>', components)).toEqual([]);
    expect(proseOf('<Aside kind={1}>x</Aside>\n\n<Aside {...props}>x</Aside>\n\n<Aside style="x">x</Aside>\n\n<Aside>{1 + 1}</Aside>', components)).toEqual([
      'content/cases/a.mdx:5:1: body: <Aside> has an attribute computed by JavaScript; give plain "text" values',
      'content/cases/a.mdx:7:1: body: <Aside> has an attribute computed by JavaScript; give plain "text" values',
      'content/cases/a.mdx:9:1: body: <Aside> takes no attribute "style" (it takes kind)',
      expect.stringMatching(/^content\/cases\/a\.mdx:11:8: body: \{1 \+ 1\} is a JavaScript expression/),
    ]);
    expect(proseOf('<Other />', components)[0]).toContain('(only <Aside> may be used;');
  });

  it('refuses Markdown that is not prose: headings, images, tables, code blocks, unsafe links', () => {
    expect(
      proseOf('# Heading\n\n![a map](./map.png)\n\n| a |\n| - |\n| 1 |\n\n```\ncode\n```\n\n[x](javascript:alert(1)) [y](data:text/html,hi)'),
    ).toEqual([
      'content/cases/a.mdx:5:1: body: a heading (the page gives the case its headings) is not part of a case text, which is paragraphs of prose',
      'content/cases/a.mdx:7:1: body: an image is not part of a case text, which is paragraphs of prose',
      'content/cases/a.mdx:9:1: body: a table is not part of a case text, which is paragraphs of prose',
      'content/cases/a.mdx:13:1: body: a code block is not part of a case text, which is paragraphs of prose',
      'content/cases/a.mdx:17:1: body: a link to "javascript:alert(1)": links go to http(s) or mailto: addresses, or to a path on the site',
      'content/cases/a.mdx:17:26: body: a link to "data:text/html,hi": links go to http(s) or mailto: addresses, or to a path on the site',
    ]);
  });
});

describe('sortCaseFolder', () => {
  const entry = (name: string, isDirectory = false) => ({ name, isDirectory });

  it('keeps cases, skips drafts quietly and hidden files with a warning', () => {
    const folder = sortCaseFolder(
      [entry('b.mdx'), entry('a.mdx'), entry('_draft.mdx'), entry('_old', true), entry('.DS_Store')],
      'content/cases',
    );
    expect(folder).toEqual({
      cases: ['a.mdx', 'b.mdx'],
      drafts: ['_draft.mdx', '_old'],
      warnings: ['content/cases/.DS_Store: skipped: a hidden file, not a case'],
      problems: [],
    });
  });

  it('refuses, by name, every file or folder that would silently not be published', () => {
    const { problems } = sortCaseFolder(
      [entry('a.mdx'), entry('probe.md'), entry('probe.MDX'), entry('notes.txt'), entry('more', true)],
      'content/cases',
    );
    expect(problems.map(formatProblem)).toEqual([
      'content/cases/more: folder: cases are read from content/cases/ itself, not from subfolders: move its files up, or name it _more to keep drafts in it',
      'content/cases/notes.txt: file name: not a case file, so it would not be published: a case is <slug>.mdx; move it elsewhere, or name it _notes.txt to keep it as a draft',
      'content/cases/probe.md: file name: not a case file, so it would not be published: a case is <slug>.mdx; rename it probe.mdx, or name it _probe.md to keep it as a draft',
      'content/cases/probe.MDX: file name: not a case file, so it would not be published: a case is <slug>.mdx; rename it probe.mdx, or name it _probe.MDX to keep it as a draft',
    ]);
  });

  it('refuses an empty collection', () => {
    expect(sortCaseFolder([], 'content/cases').problems.map(formatProblem)).toEqual([
      'content/cases: cases: no case to publish: the folder holds no <slug>.mdx file',
    ]);
    expect(sortCaseFolder([entry('_a.mdx')], 'content/cases').problems.map(formatProblem)).toEqual([
      'content/cases: cases: no case to publish: the folder holds no <slug>.mdx file (only drafts: _a.mdx)',
    ]);
  });
});
