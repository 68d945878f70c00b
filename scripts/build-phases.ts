/** Where a build's time went, from the lines Astro prints: the bench reports it, as a total mixes the code's cost with the machine's noise. */

/** Astro and Vite print `812ms`, `12.43s`, `1m 4s` or `1m`. */
const DURATION = String.raw`(\d+)ms|(\d+(?:\.\d+)?)s|(\d+)m(?: (\d+)s)?`;

export function parseDuration(text: string): number {
  const match = new RegExp(`^(?:${DURATION})$`).exec(text);
  if (!match) throw new Error(`not a duration: "${text}"`);
  const [, ms, s, m, mS] = match;
  if (ms) return Number(ms);
  if (s) return Number(s) * 1000;
  return (Number(m) * 60 + Number(mS ?? 0)) * 1000;
}

export interface BuildPhases {
  /** From start to the end of "Collecting build info": content sync and type generation. */
  setupMs: number;
  /** Vite's first bundle: the pages, the case texts and the scripts. */
  bundleMs: number;
  /** Rendering every page to HTML ("generating static routes"). */
  renderMs: number;
  /** The rest: moving bundles, the search index and the other integrations after rendering. */
  restMs: number;
  totalMs: number;
}

/** A duration in a log line, captured whole as the match's first group. */
const PHASE_DURATION = `(${DURATION})`;

const ANSI = /\u001b\[[0-9;]*m/g;

/** The phases of a successful `astro build` from its output, or undefined if a line is missing. */
export function buildPhases(output: string): BuildPhases | undefined {
  const log = output.replace(ANSI, '');
  const find = (pattern: string) => {
    const match = new RegExp(pattern, 'm').exec(log);
    return match ? parseDuration(match[1]) : undefined;
  };
  const setupMs = find(String.raw`Collecting build info\.\.\.\n.*\[build\] ✓ Completed in ${PHASE_DURATION}\.`);
  const bundleMs = find(String.raw`\[vite\] ✓ built in ${PHASE_DURATION}`);
  // The line that closes "generating static routes" has no [build] label.
  const renderMs = find(String.raw`^[\d:]+ ✓ Completed in ${PHASE_DURATION}\.`);
  const totalMs = find(String.raw`\d+ page\(s\) built in ${PHASE_DURATION}`);
  if (setupMs === undefined || bundleMs === undefined || renderMs === undefined || totalMs === undefined) return undefined;
  return { setupMs, bundleMs, renderMs, restMs: totalMs - setupMs - bundleMs - renderMs, totalMs };
}
