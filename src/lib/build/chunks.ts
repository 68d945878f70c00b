/**
 * How the build bundles the case texts. Astro compiles each case's MDX into a module, and
 * the bundler would give every module a chunk of its own: at 10,000 cases, 10,000 chunks
 * that it writes one by one and that Node then imports one by one to render the pages.
 * The per-chunk cost outweighed the texts themselves, so the texts go into a fixed number
 * of chunks instead, each file always into the same one.
 *
 * Rolldown also moves what the texts import (Astro's JSX runtime) into one of these chunks,
 * as it does for every group; opting out would need Astro's entry signatures changed. These
 * chunks only serve the build's own rendering and are deleted after it: the published site
 * is byte for byte the same.
 */

/** Chunks the case texts are spread over, however many cases there are. */
export const CASE_TEXT_CHUNKS = 32;

/** A module compiled from an MDX file; Astro adds a query (`?astroContentCollectionEntry=…`). */
export const MDX_MODULE = /\.mdx(?:$|\?)/;

/**
 * The chunk a case text's module goes into, picked by a hash (FNV-1a) of its file name, so a
 * case keeps its chunk when others are added; `null` for any other module.
 */
export function caseTextChunk(moduleId: string): string | null {
  if (!MDX_MODULE.test(moduleId)) return null;
  const fileName = moduleId.split('?')[0].split(/[\\/]/).at(-1)!;
  let hash = 0x811c9dc5;
  for (let index = 0; index < fileName.length; index += 1) {
    hash = Math.imul(hash ^ fileName.charCodeAt(index), 0x01000193);
  }
  return `case-texts-${(hash >>> 0) % CASE_TEXT_CHUNKS}`;
}
