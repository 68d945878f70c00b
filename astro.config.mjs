// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { CSP_DIRECTIVES } from './src/lib/security.ts';

/** The address the site is published at; canonical links and printed URLs use it. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'ignore',
  // Tests build into a scratch folder so a failing build never touches dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  // The case texts are published as the document writes them: no "smart" quotes.
  integrations: [mdx({ smartypants: false }), securityHeaders()],
  // A strict Content-Security-Policy in every page's <meta>: Astro adds the hashes of its own
  // inline styles and scripts; nothing else may run or load. `_headers` (written after the
  // build by src/integrations/security-headers.ts) gives hosts the same policy as real headers.
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
