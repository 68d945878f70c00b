/**
 * Builds the search index as part of `astro build`: Pagefind's command reads the written
 * pages as soon as they are all written (`astro:build:generated`), and `astro:build:done`
 * waits for it to write `dist/pagefind/`, so no separate step can be forgotten. In
 * `astro dev` the index of the last build is served, or a notice says search needs a build.
 *
 * The command, not Pagefind's Node API: both write the same files, but over 10,000 cases
 * the API's service took 55–61 s where the command takes 41–42 s (measured 2026-11-26).
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

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

/** Runs Pagefind's command over the built site in `outDir`, collecting what it prints. */
async function runPagefind(outDir: string): Promise<PagefindRun> {
  const executable = await pagefindExecutable();
  return new Promise((resolve, reject) => {
    const child = spawn(executable, ['--site', outDir, '--output-subdir', PAGEFIND_DIR, '--quiet'], {
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
 * Indexes the built site in `outDir` and writes the Pagefind bundle next to the pages;
 * returns how many pages the index holds, and any warnings Pagefind printed.
 */
export async function writeSearchIndex(outDir: string): Promise<{ pageCount: number; outputPath: string; warnings: string[] }> {
  const run = await runPagefind(outDir);
  checkRun(`index the pages in ${outDir}`, run);
  const outputPath = join(outDir, PAGEFIND_DIR);
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const pageCount = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  return { pageCount, outputPath, warnings: messages(run.output) };
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
        // fails with Pagefind's own "not able to build an index" instead of passing silently.
        const { pageCount, outputPath, warnings } = await (indexing ?? writeSearchIndex(fileURLToPath(dir)));
        for (const warning of warnings) logger.warn(warning);
        logger.info(`search index written to ${outputPath}: ${pageCount} pages (those with data-pagefind-body)`);
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
