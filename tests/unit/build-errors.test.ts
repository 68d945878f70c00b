/** A failed build's message, from the errors Astro and its bundler throw (shapes as measured with Astro 7). */
import { describe, expect, it } from 'vitest';
import { describeBuildError } from '../../src/lib/build/build-errors.ts';

const ROOT = '/work/site';

describe('describeBuildError', () => {
  it('keeps the content checks\' lines as they are', () => {
    const error = Object.assign(new Error('content/cases/a.mdx: title: is required\ncontent/cases/b.mdx:4:1: body: …'), { name: 'ContentError' });
    expect(describeBuildError(error, ROOT)).toBe('content/cases/a.mdx: title: is required\ncontent/cases/b.mdx:4:1: body: …');
  });

  it('names the page whose rendering failed, without the stack', () => {
    const error = Object.assign(new Error('boom'), { id: 'src/pages/boom.astro' });
    expect(describeBuildError(error, ROOT)).toBe('src/pages/boom.astro: boom');
  });

  it('gives file:line:column from a location, once', () => {
    const error = Object.assign(new Error('1:5: Unexpected token'), { loc: { file: `${ROOT}/src/pages/bad.astro`, line: 1, column: 5 } });
    expect(describeBuildError(error, ROOT)).toBe('src/pages/bad.astro:1:5: Unexpected token');
  });

  it('lists each error of a failed bundle, without the bundler\'s summary', () => {
    const inner = Object.assign(new Error('[plugin @mdx-js/rolldown] x\nMDXError: 3:1: Unexpected character\n    at handler (file:///x.js:1:1)'), {
      id: `${ROOT}/content/cases/a.mdx`,
      loc: { line: 3, column: 1 },
    });
    const error = Object.assign(new Error('Build failed with 1 error:\n\n…'), { errors: [inner] });
    expect(describeBuildError(error, ROOT)).toBe('content/cases/a.mdx:3:1: Unexpected character');
  });

  it('reads the place from the bundler\'s code frame, counted from 1, and drops its colours', () => {
    const frame = '\x1b[31m[UNRESOLVED_IMPORT] \x1b[0mCould not resolve \'../nope.ts\' in src/pages/imp.astro\n   \x1b[38;5;246m╭\x1b[0m─[ src/pages/imp.astro:2:15 ]\n   │\n 2 │ import x from \'../nope.ts\';';
    const inner = Object.assign(new Error(frame), { code: 'UNRESOLVED_IMPORT', loc: { line: 2, column: 14 } });
    expect(describeBuildError(Object.assign(new Error('Build failed with 1 error:'), { errors: [inner] }), ROOT)).toBe(
      "src/pages/imp.astro:2:15: Could not resolve '../nope.ts' in src/pages/imp.astro",
    );
  });

  it('says what it can of anything else', () => {
    expect(describeBuildError(new TypeError('x is not a function'), ROOT)).toBe('x is not a function');
    expect(describeBuildError('plain', ROOT)).toBe('plain');
  });
});
