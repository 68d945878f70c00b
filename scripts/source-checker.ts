/**
 * Visits sources' addresses and says what happened, for `npm run check-sources`. Only this
 * script goes to the network; the build reads what it wrote (`content/source-checks.json`).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '../src/lib/content/loader.ts';
import { type SourceCheck, type SourceChecks } from '../src/lib/content/source-checks.ts';
import { SITE } from '../src/lib/site/identity.ts';

export interface CheckOptions {
  /** Give up on an address after this long, in milliseconds. */
  timeoutMs: number;
  /** The `User-Agent` sent: plain, naming the site. */
  userAgent: string;
  /** The day of the check, `YYYY-MM-DD`. */
  today: string;
}

/** "Cases of the Primary-level Party Building link check (+https://…)": who is asking, and where to find them. */
export function userAgent(siteUrl = process.env.SITE_URL): string {
  return `${SITE.name} link check${siteUrl ? ` (+${siteUrl})` : ''}`;
}

/** A check, and whether it failed before any server answered (which says nothing about the page). */
export interface CheckResult {
  check: SourceCheck;
  /** True when no HTTP answer came at all: DNS, connection, timeout or TLS. */
  noAnswer: boolean;
}

/** The error codes behind a failed fetch, read as the reason a source could not be reached. */
function unreachableDetail(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'timeout';
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? '';
  if (['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL'].includes(code)) return `DNS: ${code}`;
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'ETIMEDOUT') return `timeout: ${code}`;
  if (/CERT|TLS|SSL/i.test(code) || /certificate|TLS|SSL/i.test(cause?.message ?? '')) return `TLS: ${code || cause?.message}`;
  return `connection: ${code || cause?.message || (error as Error).message}`;
}

/**
 * Fetches `url` (GET, redirects followed, the body left unread) and classifies the answer:
 * 2xx at the same address answers, 2xx elsewhere redirected, 404 and 410 gone, anything
 * else failing; no answer at all is unreachable.
 */
export async function checkUrl(url: string, { timeoutMs, userAgent, today }: CheckOptions): Promise<CheckResult> {
  try {
    const response = await fetch(url, {
      redirect: 'follow',
      headers: { 'User-Agent': userAgent, Accept: 'text/html,*/*;q=0.8' },
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    const base = { checked: today, status: response.status, finalUrl: response.url };
    if (response.ok) {
      const moved = new URL(response.url).href !== new URL(url).href;
      return { check: { ...base, outcome: moved ? 'redirected' : 'answers' }, noAnswer: false };
    }
    return { check: { ...base, outcome: response.status === 404 || response.status === 410 ? 'gone' : 'failing' }, noAnswer: false };
  } catch (error) {
    return { check: { checked: today, outcome: 'unreachable', detail: unreachableDetail(error) }, noAnswer: true };
  }
}

/** A case's source address, with the case it belongs to. */
export interface CaseSource {
  slug: string;
  url: string;
}

/** Every case's source address, from the case files' frontmatter (cases without a source have none). */
export function readCaseSources(casesDir: string): CaseSource[] {
  return readdirSync(casesDir)
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .sort()
    .flatMap((name) => {
      const data = parseFrontmatter(readFileSync(join(casesDir, name), 'utf8'), join(casesDir, name));
      const url = (data.source as { url?: unknown } | undefined)?.url;
      return typeof url === 'string' ? [{ slug: name.replace(/\.mdx$/, ''), url }] : [];
    });
}

export interface RunResult {
  /** The lines to print: one per source, then a summary. */
  lines: string[];
  /** False when nothing answered: without a network nothing is recorded. */
  wrote: boolean;
}

/** The checks file's text: addresses sorted, two-space JSON, a final newline. */
export function serialiseChecks(checks: SourceChecks): string {
  const sorted = Object.fromEntries([...checks.entries()].sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify({ checks: sorted }, null, 2)}\n`;
}

/**
 * Checks every source (each address once, a few at a time) and writes the checks file.
 * "No network" is when no source got any HTTP answer, every one failing at DNS, connection,
 * timeout or TLS: then the file is left as it was, since a dead cable and a dead web look
 * the same from here. A single dead host among answering ones is recorded as unreachable.
 */
export async function runChecks(sources: readonly CaseSource[], checksFile: string, options: CheckOptions): Promise<RunResult> {
  const urls = [...new Set(sources.map((source) => source.url))];
  const results = new Map<string, CheckResult>();
  const queue = [...urls];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) results.set(url, await checkUrl(url, options));
  };
  await Promise.all(Array.from({ length: Math.min(4, urls.length) }, worker));

  if (urls.length > 0 && [...results.values()].every((result) => result.noAnswer)) {
    return { lines: [`No network: none of the ${urls.length} source addresses could be reached (${results.get(urls[0])!.check.detail}); ${checksFile} is unchanged.`], wrote: false };
  }
  const lines = sources.map(({ slug, url }) => {
    const { check } = results.get(url)!;
    const how = check.outcome === 'redirected' ? ` → ${check.finalUrl}` : check.status ? ` (HTTP ${check.status})` : check.detail ? ` (${check.detail})` : '';
    return `${check.outcome.padEnd(11)} ${slug}: ${url}${how}`;
  });
  const counts = new Map<string, number>();
  for (const { check } of results.values()) counts.set(check.outcome, (counts.get(check.outcome) ?? 0) + 1);
  lines.push(`${urls.length} source addresses checked: ${[...counts].map(([outcome, count]) => `${count} ${outcome}`).join(', ')}; written to ${checksFile}.`);
  // Only the addresses the cases still give are kept.
  writeFileSync(checksFile, serialiseChecks(new Map([...results].map(([url, result]) => [url, result.check]))));
  return { lines, wrote: true };
}
