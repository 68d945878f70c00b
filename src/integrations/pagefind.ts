/**
 * The search index, written through Pagefind's Node API by `npm run build` once Astro's process
 * has ended, so that Pagefind's memory is not added to Astro's; `astro dev` serves the last build's.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { caseUrl, glossaryUrl } from '../lib/site/urls.ts';

export const PAGEFIND_DIR = 'pagefind';

const builtFile = (path: string): string => `${path.replace(/^\//, '')}index.html`;

/** The pages marked `data-pagefind-body`: reading all the others costs time at thousands of cases. */
export const SEARCHED_PAGES_GLOB = `{${[caseUrl('*'), glossaryUrl(), `${glossaryUrl()}*/`].map(builtFile).join(',')}}`;

class SearchIndexError extends Error {
  constructor(step: string, errors: readonly string[]) {
    super(`Search index: Pagefind failed to ${step}: ${errors.join('; ')}`);
    this.name = 'SearchIndexError';
  }
}

const check = <T extends { errors: string[] }>(step: string, response: T): T => {
  if (response.errors.length > 0) throw new SearchIndexError(step, response.errors);
  return response;
};

/** Indexes the built site in `outDir`; returns how many pages the index holds. */
export async function writeSearchIndex(outDir: string): Promise<number> {
  try {
    const { index } = check('start', await pagefind.createIndex({}));
    const { page_count } = check(`read the pages in ${outDir}`, await index!.addDirectory({ path: outDir, glob: SEARCHED_PAGES_GLOB }));
    if (page_count === 0) throw new SearchIndexError(`index ${outDir}`, ['no page is marked for search (data-pagefind-body)']);
    check('write its files', await index!.writeFiles({ outputPath: join(outDir, PAGEFIND_DIR) }));
    await recompressWasm(join(outDir, PAGEFIND_DIR), WASM_CACHE);
    return page_count;
  } catch (error) {
    // Pagefind's own process may end without a word (a full disk, say): say whose the failure is.
    throw error instanceof SearchIndexError ? error : new SearchIndexError('index the pages', [(error as Error).message]);
  } finally {
    await pagefind.close();
  }
}

/** Zopfli is slow: its output is cached by the input's hash, outside Astro's cache folder, which the bench empties. */
const WASM_CACHE = fileURLToPath(new URL('../../node_modules/.cache/pagefind-wasm', import.meta.url));

/** Pagefind's gzipped WebAssembly recompressed by Zopfli: the same format, less on every first search. */
async function recompressWasm(outputPath: string, cache: string): Promise<void> {
  mkdirSync(cache, { recursive: true });
  for (const name of readdirSync(outputPath).filter((file) => /^wasm\..+\.pagefind$/.test(file))) {
    const path = join(outputPath, name);
    const stored = readFileSync(path);
    const cached = join(cache, `${createHash('sha256').update(stored).digest('hex')}.gz`);
    if (!existsSync(cached)) {
      // Loaded only on a cache miss: its Emscripten runtime installs process-wide handlers.
      const { gzipAsync } = await import('@gfx/zopfli');
      writeFileSync(cached, await gzipAsync(gunzipSync(stored), { numiterations: 15 }));
    }
    const smaller = readFileSync(cached);
    if (smaller.length < stored.length) writeFileSync(path, smaller);
  }
}

/** In `astro dev`, the index of the last build, served as built: Vite must not transform Pagefind's files. */
export default function pagefindIntegration(): AstroIntegration {
  let outDir = '';
  let dev = false;
  return {
    name: 'pagefind-search-index',
    hooks: {
      'astro:config:setup': ({ command }) => {
        dev = command === 'dev';
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      // Astro also sets up a server while it builds and previews; only the dev server serves the index.
      'astro:server:setup': async ({ server, logger }) => {
        if (!dev) return;
        const bundle = join(outDir, PAGEFIND_DIR);
        if (existsSync(join(bundle, 'pagefind.js'))) logger.info(`search uses the index of the last build (${bundle}); npm run build -- --local refreshes it`);
        else logger.warn('search needs a build: run `npm run build -- --local` once, then the dev server serves its index');
        // sirv is a development dependency.
        const { default: sirv } = await import('sirv');
        server.middlewares.use(`/${PAGEFIND_DIR}`, sirv(bundle, { dev: true }));
      },
    },
  };
}
