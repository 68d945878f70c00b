import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/lib/content/loader.ts';
import { ContentError } from '../../src/lib/content/errors.ts';

const problemOf = (source: string) => {
  try {
    parseFrontmatter(source, 'content/cases/x.mdx');
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  return undefined;
};

describe('reading frontmatter', () => {
  it('keeps dates as the text the editor wrote', () => {
    expect(parseFrontmatter('---\npublished: 2025-02-30\n---\n\nText.', 'x.mdx')).toEqual({ published: '2025-02-30' });
  });

  it('names the line of the file where the YAML broke, in one line', () => {
    const message = problemOf('---\ntitle: A\nsubtitle: Exploring: a colon\norder: 1\n---\n\nText.');
    expect(message).toBe('content/cases/x.mdx: YAML, line 3: Nested mappings are not allowed in compact mappings');
  });

  it('refuses a key given twice', () => {
    expect(problemOf('---\ntitle: A\ntitle: B\n---\n')).toMatch(/^content\/cases\/x\.mdx: YAML, line 3: Map keys must be unique/);
  });

  it('refuses a file without frontmatter', () => {
    expect(problemOf('Just text.')).toMatch(/\(frontmatter\): the file must start with/);
  });
});
