// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { casePlugin } from './src/lib/content/case-plugin.ts';
import pagefind from './src/integrations/pagefind.ts';
import { caseReferenceFiles } from './src/integrations/reference-files.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { LOCAL_URL, siteAddress } from './src/lib/site/address.ts';
import { CSP_DIRECTIVES, cspHash } from './src/lib/build/security.ts';
import { CASCADE_LAYERS } from './src/styles/layers.ts';

/**
 * The address the site is built for; canonical links and printed URLs use it. A build needs
 * the public one (SITE_URL) or, for npm start and the tests, SITE_LOCAL=1 (src/lib/site/address.ts).
 * `npm run build` checks it before it starts; this catches an `astro build` run by hand.
 */
const address = siteAddress({ local: process.env.SITE_LOCAL === '1', override: process.env.SITE_URL });

export default defineConfig({
  site: 'url' in address ? address.url : LOCAL_URL,
  trailingSlash: 'ignore',
  // `astro preview` serves it; scripts/build.ts gives Astro a fresh folder beside it to build into.
  outDir: process.env.OUT_DIR ?? './dist',
  integrations: [
    // First: a build without an address stops before anything else happens.
    {
      name: 'site-address',
      hooks: {
        'astro:config:setup': ({ command }) => {
          if (command === 'build' && 'error' in address) throw new Error(address.error);
        },
      },
    },
    mdx(),
    sitemap(),
    // Under astro dev, the last build's search index (scripts/build.ts writes it after Astro's build).
    pagefind(),
    // After the pages: `_headers` giving hosts the pages' policy as real headers.
    securityHeaders(),
    // After the pages: each case's .ris and .bib, from /cases.csl.json.
    caseReferenceFiles(),
  ],
  // A strict Content-Security-Policy in every page's <meta>: Astro adds the hashes of its own
  // inline styles and scripts (src/middleware.ts then keeps each page's own); nothing else may
  // run or load. `_headers` (written after the build by src/integrations/security-headers.ts)
  // gives hosts the same policy as real headers.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      // Pagefind's search runs WebAssembly, which CSP treats as eval unless allowed by name.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // BaseLayout's one inline style of its own: the order of the cascade layers.
      styleDirective: { resources: ["'self'"], hashes: [cspHash(CASCADE_LAYERS)] },
    },
  },
  markdown: {
    // The cases are read by the case plugin (src/lib/content/case-plugin.ts) as they compile,
    // and published as the document writes them: no "smart" quotes or dashes.
    processor: satteri({ mdastPlugins: [casePlugin], features: { smartPunctuation: false } }),
    // No text holds code; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
  },
  build: {
    // One small stylesheet per page is inlined: a case page arrives in one round trip.
    inlineStylesheets: 'always',
    // Four pages rendered at a time: while one waits on its file being written, another renders.
    concurrency: 4,
  },
});
