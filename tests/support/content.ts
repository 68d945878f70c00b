/** Reads the content files directly, as an independent check on what the build publishes. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const CASES_DIR = fileURLToPath(new URL('../../content/cases/', import.meta.url));

export interface ContentFile {
  slug: string;
  data: Record<string, any>;
  body: string;
}

export function readContentFiles(dir = CASES_DIR): ContentFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .map((name) => {
      const source = readFileSync(`${dir}/${name}`, 'utf8');
      const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
      return { slug: name.replace(/\.mdx$/, ''), data: parse(frontmatter, { schema: 'core' }), body };
    })
    .sort((a, b) => a.data.order - b.data.order);
}
