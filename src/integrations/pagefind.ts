/**
 * Builds the search index as part of `astro build`: Pagefind's command reads the written
 * pages as soon as they are all written (`astro:build:generated`), and `astro:build:done`
 * waits for it to write `dist/pagefind/`, so no separate step can be forgotten. In
 * `astro dev` the index of the last build is served, or a notice says search needs a build.
 *
 * The command, not Pagefind's Node API: both write the same files, but the command is the
 * faster at thousands of cases (README, "Performance", gives the measurements).
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { CHAPTER_ORDER_DIR, chapterOrders, MAIN_THREAD_ATTRIBUTE, usesWorker, type IndexedPage } from '../lib/search/engine.ts';
import { caseUrl, glossaryUrl, searchUrl } from '../lib/site/urls.ts';

/** The folder, inside the build output, that the search page loads Pagefind from. */
export const PAGEFIND_DIR = 'pagefind';

/**
 * Pagefind's executable for this platform, found by the package's own lookup (the one its
 * `npx pagefind` uses, `PAGEFIND_BINARY_PATH` included). Run directly rather than through
 * that npm wrapper, which waits on it synchronously: stopping the wrapper would leave the
 * executable running.
 */
async function pagefindExecutable(): Promise<string> {
  const lookup = new URL('./resolveBinary.js', import.meta.resolve('pagefind')).href;
  const { resolveBinaryPath } = (await import(/* @vite-ignore */ lookup)) as { resolveBinaryPath: (names: string[]) => string };
  return resolveBinaryPath(['pagefind_extended', 'pagefind']);
}

/** A site path as a file of the build, relative to its folder: `/glossary/` → `glossary/index.html`. */
const builtFile = (path: string): string => `${path.replace(/^\//, '')}index.html`;

/**
 * The pages Pagefind reads: those whose layout marks text for search (`data-pagefind-body`:
 * CaseLayout and GlossaryLayout), as a glob over the build's files. Pagefind leaves pages
 * without the mark out of the index anyway, but reading them cost a fifth of its time at
 * 10,000 cases (README, "Performance"); a build test checks that no marked page lies outside.
 * Build-time only: kept out of src/lib/search/, whose code the search page ships.
 */
const SEARCHED_PAGES_GLOB = `{${[caseUrl('*'), glossaryUrl(), `${glossaryUrl()}*/`].map(builtFile).join(',')}}`;


/** Thrown when Pagefind reports a problem; the build stops with this message. */
export class SearchIndexError extends Error {
  constructor(step: string, errors: readonly string[]) {
    super(`Search index: Pagefind failed to ${step}:\n${errors.map((error) => `  - ${error}`).join('\n')}`);
    this.name = 'SearchIndexError';
  }
}

/** How a run of Pagefind's command ended, and what it printed (errors and warnings only). */
export interface PagefindRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/** Pagefind's messages, one per entry, with its "Error: " prefixes and blank lines dropped. */
const messages = (output: string): string[] =>
  output.split('\n').map((line) => line.replace(/^Error: /, '').trim()).filter(Boolean);

/**
 * Throws unless the command succeeded: any other exit means the index is not to be
 * trusted, and Pagefind's own words say why.
 */
export function checkRun(step: string, { code, signal, output }: PagefindRun): void {
  if (code === 0) return;
  const ending = signal ? `stopped by ${signal}` : `exited with code ${code}`;
  throw new SearchIndexError(step, [...new Set(messages(output))].concat(`(Pagefind ${ending})`));
}

/** Runs Pagefind's command over the built site in `outDir` (the files `glob` matches, if given), collecting what it prints. */
async function runPagefind(outDir: string, glob?: string): Promise<PagefindRun> {
  const executable = await pagefindExecutable();
  return new Promise((resolve, reject) => {
    const child = spawn(executable, ['--site', outDir, '--output-subdir', PAGEFIND_DIR, '--quiet', ...(glob ? ['--glob', glob] : [])], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // If the build fails while Pagefind works, it must not go on writing into the output
    // folder that the next build will use.
    const stop = () => child.kill();
    process.once('exit', stop);
    let output = '';
    for (const stream of [child.stdout, child.stderr]) stream.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      process.off('exit', stop);
      resolve({ code, signal, output });
    });
  });
}

/** Pagefind's entry file, which the search page reads first; it counts the indexed pages. */
interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

/**
 * Indexes the built site in `outDir` (every HTML file, or those `glob` matches) and writes
 * the Pagefind bundle next to the pages; returns how many pages the index holds, and any
 * warnings Pagefind printed.
 */
export async function writeSearchIndex(outDir: string, glob?: string): Promise<{ pageCount: number; outputPath: string; warnings: string[] }> {
  const run = await runPagefind(outDir, glob);
  checkRun(`index the pages in ${outDir}`, run);
  const outputPath = join(outDir, PAGEFIND_DIR);
  return { pageCount: indexedPageCount(outputPath), outputPath, warnings: messages(run.output) };
}

/** How many pages the Pagefind bundle in `outputPath` holds, by its entry file. */
export function indexedPageCount(outputPath: string): number {
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** Pagefind's files of one kind (`pf_index`, `pf_fragment`) in its folder `folder`. */
const indexFiles = (outputPath: string, folder: string, extension: string): string[] => {
  const dir = join(outputPath, folder);
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith(extension)).map((name) => join(dir, name)) : [];
};

/** What Pagefind stores of an indexed page: its address, the text it indexed, and its meta. */
export interface PagefindFragment extends IndexedPage {
  url: string;
  content: string;
}

/** The fragments of the Pagefind bundle in `outputPath`, as Pagefind stores each: gzipped, a 12-byte signature, then JSON. */
export function readFragments(outputPath: string): PagefindFragment[] {
  return indexFiles(outputPath, 'fragment', '.pf_fragment').map((path) => ({
    id: basename(path, '.pf_fragment'),
    ...(JSON.parse(gunzipSync(readFileSync(path)).subarray('pagefind_dcd'.length).toString('utf8')) as Omit<PagefindFragment, 'id'>),
  }));
}

/**
 * Where, in the project, recompressed WebAssembly is kept between builds (Pagefind writes the
 * same files each time); not in Astro's cache folder, which the bench empties before each build.
 */
const WASM_CACHE = 'node_modules/.cache/pagefind-wasm';

/**
 * Pagefind's WebAssembly (`wasm.<language>.pagefind`, gzipped), recompressed with Zopfli: the
 * same gzip format, which Pagefind's own loader reads, 2.9 kB (5 %) smaller for English, the
 * largest file of a first search. Zopfli takes a second or two a file, so its output is cached
 * by the input's hash.
 */
async function recompressWasm(outputPath: string, cache: string): Promise<void> {
  mkdirSync(cache, { recursive: true });
  for (const name of readdirSync(outputPath).filter((file) => /^wasm\..+\.pagefind$/.test(file))) {
    const path = join(outputPath, name);
    const stored = readFileSync(path);
    const cached = join(cache, `${createHash('sha256').update(stored).digest('hex')}.gz`);
    if (!existsSync(cached)) {
      // Loaded only on a cache miss: its Emscripten runtime installs process-wide handlers
      // that turn any unhandled rejection into an exit.
      const { gzipAsync } = await import('@gfx/zopfli');
      writeFileSync(cached, await gzipAsync(gunzipSync(stored), { numiterations: 15 }));
    }
    const smaller = readFileSync(cached);
    if (smaller.length < stored.length) writeFileSync(path, smaller);
  }
}

/**
 * What the site adds to Pagefind's bundle once it is written: its WebAssembly recompressed, each category's chapter order
 * (src/lib/search/engine.ts), and, when the index is small, the search page's mark to run
 * Pagefind without its worker. The mark is set in the written page because the index, whose
 * size decides, is written after the pages. Returns the bytes of index chunks and whether
 * the search page uses the worker.
 */
export async function arrangeSearch(outDir: string, root: string): Promise<{ indexBytes: number; worker: boolean }> {
  const outputPath = join(outDir, PAGEFIND_DIR);
  await recompressWasm(outputPath, join(root, WASM_CACHE));
  const orders = chapterOrders(readFragments(outputPath));
  mkdirSync(join(outputPath, CHAPTER_ORDER_DIR), { recursive: true });
  for (const [category, ids] of orders) writeFileSync(join(outputPath, CHAPTER_ORDER_DIR, `${category}.json`), JSON.stringify(ids));
  const indexBytes = indexFiles(outputPath, 'index', '.pf_index').reduce((sum, path) => sum + statSync(path).size, 0);
  const worker = usesWorker(indexBytes);
  const searchPage = join(outDir, searchUrl(), 'index.html');
  if (!worker && existsSync(searchPage)) {
    writeFileSync(searchPage, readFileSync(searchPage, 'utf8').replace('<search-page', `<search-page ${MAIN_THREAD_ATTRIBUTE}`));
  }
  return { indexBytes, worker };
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

export default function pagefindIntegration(): AstroIntegration {
  let outDir = '';
  let root = '';
  let indexing: ReturnType<typeof writeSearchIndex> | undefined;
  return {
    name: 'pagefind-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        root = fileURLToPath(config.root);
      },
      // Indexing starts as soon as the pages are written: Pagefind works in its own process,
      // on the second core, while Astro cleans up and the other integrations finish.
      'astro:build:generated': ({ dir }) => {
        indexing = writeSearchIndex(fileURLToPath(dir), SEARCHED_PAGES_GLOB);
        // Its failure is reported where it is awaited, below, not as an unhandled rejection.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Astro skips `astro:build:generated` when it renders no page; indexing here then
        // fails with Pagefind's own "not able to build an index" instead of passing silently.
        const { pageCount, outputPath, warnings } = await (indexing ?? writeSearchIndex(fileURLToPath(dir), SEARCHED_PAGES_GLOB));
        for (const warning of warnings) logger.warn(warning);
        const { indexBytes, worker } = await arrangeSearch(fileURLToPath(dir), root);
        logger.info(
          `search index written to ${outputPath}: ${pageCount} pages (those with data-pagefind-body), ` +
            `${(indexBytes / 1000).toFixed(1)} kB of index chunks, searched ${worker ? 'in a worker' : 'on the main thread'}`,
        );
      },
      'astro:server:setup': ({ server, logger }) => {
        const bundle = join(outDir, PAGEFIND_DIR);
        if (existsSync(join(bundle, 'pagefind.js'))) {
          logger.info(`search uses the index of the last build (${bundle}); run \`npm run build -- --local\` to refresh it`);
        } else {
          logger.warn('search needs a build: run `npm run build -- --local` once, then the dev server serves its index');
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
