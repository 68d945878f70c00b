/**
 * The search index, written by `astro build` through Pagefind's Node API, as Starlight's
 * integration does, so no separate step can be forgotten; `astro dev` serves the last build's.
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

/** Returns how many pages the index holds. */
export async function writeSearchIndex(outDir: string): Promise<number> {
  try {
    const { index } = check('start', await pagefind.createIndex({}));
    const { page_count } = check(`read the pages in ${outDir}`, await index!.addDirectory({ path: outDir, glob: SEARCHED_PAGES_GLOB }));
    if (page_count === 0) throw new SearchIndexError(`index ${outDir}`, ['no page is marked for search (data-pagefind-body)']);
    check('write its files', await index!.writeFiles({ outputPath: join(outDir, PAGEFIND_DIR) }));
    return page_count;
  } catch (error) {
    // Pagefind's own process may end without a word (a full disk, say): say whose the failure is.
    throw error instanceof SearchIndexError ? error : new SearchIndexError('index the pages', [(error as Error).message]);
  } finally {
    await pagefind.close();
  }
}

/**
 * Pagefind's gzipped WebAssembly recompressed by Zopfli: the same format, less on every first search.
 * Zopfli is slow: cached by the input's hash, outside Astro's cache folder, which the bench empties.
 */
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

export default function pagefindIntegration(): AstroIntegration {
  let outDir = '';
  let root = '';
  let dev = false;
  let indexing: Promise<number> | undefined;
  return {
    name: 'pagefind-search-index',
    hooks: {
      'astro:config:setup': ({ command }) => {
        dev = command === 'dev';
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        root = fileURLToPath(config.root);
      },
      // Pagefind works in its own process while Astro and the other integrations finish.
      'astro:build:generated': ({ dir }) => {
        indexing = writeSearchIndex(fileURLToPath(dir));
        // Reported where it is awaited, not as an unhandled rejection.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await (indexing ?? writeSearchIndex(fileURLToPath(dir)));
        await recompressWasm(join(fileURLToPath(dir), PAGEFIND_DIR), join(root, 'node_modules/.cache/pagefind-wasm'));
        logger.info(`search index written: ${pages} pages (those with data-pagefind-body)`);
      },
      // Astro also sets up a server while it builds; only the dev server serves the index.
      'astro:server:setup': async ({ server, logger }) => {
        if (!dev) return;
        const bundle = join(outDir, PAGEFIND_DIR);
        if (existsSync(join(bundle, 'pagefind.js'))) logger.info(`search uses the index of the last build (${bundle}); npm run build -- --local refreshes it`);
        else logger.warn('search needs a build: run `npm run build -- --local` once, then the dev server serves its index');
        // Served as built, by sirv (a development dependency): Vite must not transform Pagefind's files.
        const { default: sirv } = await import('sirv');
        server.middlewares.use(`/${PAGEFIND_DIR}`, sirv(bundle, { dev: true }));
      },
    },
  };
}
