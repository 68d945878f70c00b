/**
 * The bench's floor: a bare Astro project on this checkout's node_modules that reads the cases
 * with `glob()`, renders each with `render(entry)` (the content components passing their words
 * through) and indexes the pages with Pagefind's Node API. What the site spends beyond it is its own.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CATEGORY_IDS } from '../src/lib/site/categories.ts';
import { CONTENT_COMPONENTS } from '../src/lib/content/case-plugin.ts';

const COMPONENTS = Object.keys(CONTENT_COMPONENTS);

const FILES: Record<string, string> = {
  'package.json': '{ "name": "bench-floor", "private": true, "type": "module" }\n',
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

export default defineConfig({
  integrations: [mdx()],
  cacheDir: './cache',
  // The site's Markdown settings, without its plugin.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }), syntaxHighlight: false },
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  cases: defineCollection({
    loader: glob({ pattern: '*.mdx', base: process.env.CASES_DIR }),
    schema: z.object({
      title: z.string(),
      subtitle: z.string(),
      category: z.enum(${JSON.stringify(CATEGORY_IDS)}),
      order: z.number().int().positive(),
      place: z.object({ name: z.string(), region: z.string(), country: z.string(), level: z.string().optional() }),
      summary: z.string().max(300),
      source: z.object({ url: z.url(), publisher: z.string(), published: z.union([z.string(), z.date()]) }).optional(),
    }),
  }),
};
`,
  'src/components/Pass.astro': '<slot />\n',
  'src/pages/index.astro': '<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>Floor</title></head><body></body></html>\n',
  'src/pages/cases/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import Pass from '../../components/Pass.astro';

export async function getStaticPaths() {
  return (await getCollection('cases')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body>
    <main data-pagefind-body>
      <h1>{entry.data.title}</h1>
      <Content components={{ ${COMPONENTS.map((name) => `${name}: Pass`).join(', ')} }} />
    </main>
  </body>
</html>
`,
  'pagefind-alone.mjs': `import { join } from 'node:path';
import * as pagefind from 'pagefind';

const dir = process.argv[2];
const check = (response) => {
  if (response.errors.length > 0) throw new Error(response.errors.join('; '));
  return response;
};
const { index } = check(await pagefind.createIndex({}));
const { page_count } = check(await index.addDirectory({ path: dir }));
check(await index.writeFiles({ outputPath: join(dir, 'pagefind') }));
await pagefind.close();
console.log(\`\${page_count} pages indexed\`);
`,
};

/** Writes the floor project into `folder`, its node_modules a link to `nodeModules`. */
export function writeFloorProject(folder: string, nodeModules: string): void {
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  symlinkSync(nodeModules, join(folder, 'node_modules'), 'dir');
}
