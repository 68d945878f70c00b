/**
 * Builds the search index as part of `astro build`: Pagefind's Node API reads the
 * written pages as soon as they are all written (`astro:build:generated`), and
 * `astro:build:done` waits for it to write `dist/pagefind/`, so no separate
 * CLI step can be forgotten. In `astro dev` the index of the last build is served,
 * or a notice says that search needs a build.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** The folder, inside the build output, that the search page loads Pagefind from. */
export const PAGEFIND_DIR = 'pagefind';

/** Thrown when Pagefind reports a problem; the build stops with this message. */
export class SearchIndexError extends Error {
  constructor(step: string, errors: readonly string[]) {
    super(`Search index: Pagefind failed to ${step}:\n${errors.map((error) => `  - ${error}`).join('\n')}`);
    this.name = 'SearchIndexError';
  }
}

/** Every Pagefind response carries `errors`; any entry means the index is not to be trusted. */
export function checkResponse<T extends { errors: readonly string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) throw new SearchIndexError(step, response.errors);
  return response;
}

/** Indexes the built site in `outDir` and writes the Pagefind bundle next to the pages. */
export async function writeSearchIndex(outDir: string): Promise<{ pageCount: number; outputPath: string }> {
  try {
    const { index } = checkResponse('create an index', await pagefind.createIndex());
    if (!index) throw new SearchIndexError('create an index', ['no index was returned']);
    const { page_count: pageCount } = checkResponse(`index the pages in ${outDir}`, await index.addDirectory({ path: outDir }));
    if (pageCount === 0) throw new SearchIndexError(`index the pages in ${outDir}`, ['no page was indexed']);
    const { outputPath } = checkResponse(
      'write the index files',
      await index.writeFiles({ outputPath: join(outDir, PAGEFIND_DIR) }),
    );
    return { pageCount, outputPath };
  } finally {
    // Pagefind runs as a child process: leaving it open would keep the build from exiting.
    await pagefind.close();
  }
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

export default function pagefindIntegration(): AstroIntegration {
  let outDir = '';
  let indexing: ReturnType<typeof writeSearchIndex> | undefined;
  return {
    name: 'pagefind-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      // Indexing starts as soon as the pages are written: Pagefind works in its own process,
      // on the second core, while Astro cleans up and the other integrations finish.
      'astro:build:generated': ({ dir }) => {
        indexing = writeSearchIndex(fileURLToPath(dir));
        // Its failure is reported where it is awaited, below, not as an unhandled rejection.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Astro skips `astro:build:generated` when it renders no page; indexing here then
        // fails with Pagefind's own "no page was indexed" instead of passing silently.
        const { pageCount, outputPath } = await (indexing ?? writeSearchIndex(fileURLToPath(dir)));
        logger.info(`search index written to ${outputPath} (${pageCount} pages read; those with data-pagefind-body are indexed)`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const bundle = join(outDir, PAGEFIND_DIR);
        if (existsSync(join(bundle, 'pagefind.js'))) {
          logger.info(`search uses the index of the last build (${bundle}); run \`npm run build\` to refresh it`);
        } else {
          logger.warn('search needs a build: run `npm run build` once, then the dev server serves its index');
        }
        // Serves the last built bundle as it is: Vite must not transform Pagefind's files.
        server.middlewares.use(`/${PAGEFIND_DIR}/`, (request, response, next) => {
          const path = normalize(join(bundle, decodeURIComponent((request.url ?? '').split('?')[0])));
          if (!path.startsWith(bundle + sep) || !existsSync(path) || !statSync(path).isFile()) return next();
          response.setHeader('Content-Type', CONTENT_TYPES[extname(path)] ?? 'application/octet-stream');
          createReadStream(path).pipe(response);
        });
      },
    },
  };
}
