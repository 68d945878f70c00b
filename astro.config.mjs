// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';

/** The address the site is published at; canonical links and printed URLs use it. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'ignore',
  // Tests build into a scratch folder so a failing build never touches dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  // The case texts are published as the document writes them: no "smart" quotes.
  // pagefind: the search index is written by every build, after the pages.
  integrations: [mdx({ smartypants: false }), pagefind()],
  build: {
    // One small stylesheet per page is inlined: a case page arrives in one round trip.
    inlineStylesheets: 'always',
  },
});
