/** Where a build's time went, from the lines Astro prints: the bench reports it, as a total mixes the code's cost with the machine's noise. */
import { stripVTControlCharacters } from 'node:util';
import parseDuration from 'parse-duration';

export interface BuildPhases {
  /** From start to the end of "Collecting build info": content sync and type generation. */
  setupMs: number;
  /** Vite's first bundle: the pages, the case texts and the scripts. */
  bundleMs: number;
  /** Rendering every page to HTML ("generating static routes"). */
  renderMs: number;
  /** The rest of Astro's build: moving bundles and the integrations after rendering. */
  restMs: number;
  totalMs: number;
  /** The site's search index, written by scripts/build.ts after Astro's build; absent from a bare `astro build`. */
  searchIndexMs?: number;
}

/** A duration as Astro and Vite print it (`812ms`, `12.43s`, `1m 4s`, `1m`), captured whole. */
const PHASE_DURATION = String.raw`(\d+ms|\d+(?:\.\d+)?s|\d+m(?: \d+s)?)`;

/** The phases of a successful `astro build` from its output, or undefined if a line is missing. */
export function buildPhases(output: string): BuildPhases | undefined {
  const log = stripVTControlCharacters(output);
  const find = (pattern: string) => {
    const match = new RegExp(pattern, 'm').exec(log);
    return match ? (parseDuration(match[1]) ?? undefined) : undefined;
  };
  const setupMs = find(String.raw`Collecting build info\.\.\.\n.*\[build\] ✓ Completed in ${PHASE_DURATION}\.`);
  const bundleMs = find(String.raw`\[vite\] ✓ built in ${PHASE_DURATION}`);
  // The line that closes "generating static routes" has no [build] label.
  const renderMs = find(String.raw`^[\d:]+ ✓ Completed in ${PHASE_DURATION}\.`);
  const totalMs = find(String.raw`\d+ page\(s\) built in ${PHASE_DURATION}`);
  if (setupMs === undefined || bundleMs === undefined || renderMs === undefined || totalMs === undefined) return undefined;
  const searchIndexMs = find(String.raw`^Search index written: .* in ${PHASE_DURATION}\.$`);
  return { setupMs, bundleMs, renderMs, restMs: totalMs - setupMs - bundleMs - renderMs, totalMs, ...(searchIndexMs !== undefined && { searchIndexMs }) };
}
