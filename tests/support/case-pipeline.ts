/**
 * Case files through the build's own reading, without a build: the loader, then the MDX compile by the
 * processor astro.config.mjs configures, called as @astrojs/mdx calls it. Problems come back as a build prints them.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import config from '../../astro.config.mjs';
import { describeBuildError } from '../../scripts/build.ts';
import { caseSchema } from '../../src/content.config.ts';
import type { Annotations } from '../../src/lib/content/case-plugin.ts';
import type { Case } from '../../src/lib/content/indexes.ts';
import { readCaseFolder } from '../../src/lib/content/loader.ts';
import { ContentError } from '../../src/lib/content/problems.ts';
import { ROOT } from './astro-build.ts';

export const FIXTURE = join(ROOT, 'tests/fixtures/every-component.mdx');

/** The fields of a fresh `npm run new-case` stub that the build names, in its order. */
export const STUB_FIELDS = ['subtitle', 'place.name', 'place.region', 'place.country', 'place.level', 'summary', 'source.url', 'source.publisher', 'source.published', 'body'];

// As @astrojs/mdx sets it up from astro.config.mjs: no syntax highlighting, no smart punctuation.
const renderer = await config.markdown!.processor!.createMdxRenderer!({ syntaxHighlight: false, smartypants: false }, { optimize: false } as never);

/** A compiled case: what its text marks, and the ids of the paragraphs of its page, in order. */
export interface Compiled {
  annotations: Annotations;
  paragraphIds: string[];
}

/**
 * Compiles a case file's text as a build does: the frontmatter blanked, line for line (as
 * @astrojs/mdx hands the text on), the file taken to be `content/cases/<name>`. Throws the
 * message a build prints when it is refused.
 */
export async function compileCase(source: string, name: string): Promise<Compiled> {
  const text = source.replace(/^---\r?\n[\s\S]*?\r?\n---/, (frontmatter) => frontmatter.replace(/[^\r\n]/g, ' '));
  const path = join(ROOT, 'content/cases', name);
  const frontmatter: { annotations?: Annotations } = {};
  try {
    const { code } = await renderer.process(text, path, frontmatter);
    return { annotations: frontmatter.annotations!, paragraphIds: [...code.matchAll(/\bid: "(p-\d+)"/g)].map((match) => match[1]) };
  } catch (error) {
    if (error instanceof ContentError) throw error;
    // MDX's own syntax error, given its file, line and column as @astrojs/mdx gives them.
    const { message } = error as Error;
    const [, line, column] = /^(\d+):(\d+):/.exec(message) ?? [];
    throw new Error(describeBuildError({ name: 'MDXError', message, loc: { file: path, line: Number(line), column: Number(column) } }));
  }
}

/** What a build prints for the cases folder `folder`: the loader's problems, or else each file's from its compile; '' when all pass. */
export async function buildMessages(folder: string): Promise<string> {
  const shown = (path: string) => join('content/cases', relative(folder, path));
  try {
    const { files } = await readCaseFolder(folder, shown, caseSchema);
    const messages = await Promise.all(
      files.map((file) =>
        compileCase(readFileSync(file.filePath, 'utf8'), relative(folder, file.filePath)).then(
          () => '',
          (error: Error) => error.message,
        ),
      ),
    );
    return messages.filter(Boolean).join('\n');
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
}

/** The real cases (content/cases/) as the site's pages get them, in chapter order, each with its text. */
export async function readRealCases(): Promise<(Case & { text: string })[]> {
  const folder = join(ROOT, 'content/cases');
  const { files } = await readCaseFolder(folder, (path) => relative(ROOT, path), caseSchema);
  const cases = await Promise.all(
    files.map(async ({ filePath, parsed }) => {
      const source = readFileSync(filePath, 'utf8');
      const { annotations } = await compileCase(source, relative(folder, filePath));
      return { id: relative(folder, filePath).replace(/\.mdx$/, ''), data: parsed as Case['data'], annotations, text: source.replace(/^---[\s\S]*?\n---\n/, '') };
    }),
  );
  return cases.sort((a, b) => a.data.order - b.data.order);
}
