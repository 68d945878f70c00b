// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { paragraphIds } from './src/lib/paragraphs.ts';

/** The address the site is published at; canonical links and printed URLs use it. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'ignore',
  // Tests build into a scratch folder so a failing build never touches dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  integrations: [
    // The case texts are published as the document writes them: no "smart" quotes.
    // Each top-level paragraph gets an id (p-1, p-2 …) that the glossary and themes link to.
    mdx({ smartypants: false, processor: satteri({ hastPlugins: [paragraphIds] }) }),
    sitemap(),
  ],
  build: {
    // One small stylesheet per page is inlined: a case page arrives in one round trip.
    inlineStylesheets: 'always',
  },
});
