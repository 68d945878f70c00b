// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { siteAddressGuard } from './src/integrations/site-address.ts';
import { LOCAL_URL, siteAddress } from './src/lib/site/address.ts';
import { caseTextChunk, MDX_MODULE } from './src/lib/build/chunks.ts';
import { paragraphIds } from './src/lib/content/paragraphs.ts';
import { CSP_DIRECTIVES } from './src/lib/build/security.ts';

/**
 * The address the site is built for; canonical links and printed URLs use it. A build needs
 * the public one (SITE_URL) or, for npm start and the tests, SITE_LOCAL=1 (src/lib/site/address.ts).
 */
const address = siteAddress({ local: process.env.SITE_LOCAL === '1', override: process.env.SITE_URL });

export default defineConfig({
  site: 'url' in address ? address.url : LOCAL_URL,
  trailingSlash: 'ignore',
  // scripts/build.ts builds into a fresh folder beside the output and swaps it in on success.
  outDir: process.env.OUT_DIR ?? './dist',
  integrations: [
    // First: a build without an address stops before anything else happens.
    siteAddressGuard(address),
    // The case texts are published as the document writes them: no "smart" quotes.
    // Each top-level paragraph gets an id (p-1, p-2 …) that the glossary and themes link to.
    mdx({ smartypants: false, processor: satteri({ hastPlugins: [paragraphIds] }) }),
    sitemap(),
    // The search index is written by every build, after the pages. Listed before the
    // headers so that Pagefind starts first and works while they are written.
    pagefind(),
    // After the pages: `_headers` giving hosts the pages' policy as real headers.
    securityHeaders(),
  ],
  vite: {
    build: {
      rollupOptions: {
        output: {
          // A few dozen chunks of case texts instead of one per case (src/lib/build/chunks.ts).
          codeSplitting: { groups: [{ name: caseTextChunk, test: MDX_MODULE }] },
        },
        onwarn(warning, warn) {
          // Known Astro 7 issue (withastro/astro#18087): every MDX entry triggers a harmless
          // MODULE_LEVEL_DIRECTIVE warning, ten lines per case, which buries real warnings.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // A strict Content-Security-Policy in every page's <meta>: Astro adds the hashes of its own
  // inline styles and scripts (src/middleware.ts then keeps each page's own); nothing else may
  // run or load. `_headers` (written after the build by src/integrations/security-headers.ts)
  // gives hosts the same policy as real headers.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      // Pagefind's search runs WebAssembly, which CSP treats as eval unless allowed by name.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Case texts are prose; Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  build: {
    // One small stylesheet per page is inlined: a case page arrives in one round trip.
    inlineStylesheets: 'always',
  },
});
