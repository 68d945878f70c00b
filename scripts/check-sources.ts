/**
 * `npm run check-sources [-- --timeout <ms>]`: visits every case's source address and records
 * what happened in content/source-checks.json; without a network it changes nothing. It goes to
 * public addresses only: request-filtering-agent checks, at every redirect, the addresses it
 * connects to after the name lookup, so a name cannot resolve to something else in between.
 */
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { useAgent } from 'request-filtering-agent';
import { caseSchema } from '../src/content.config.ts';
import { casesDir, readCaseFolder } from '../src/lib/content/loader.ts';
import { ContentError, shownPath } from '../src/lib/content/problems.ts';
import { CHECK_OUTCOMES, sourceChecksPath, type SourceCheck } from '../src/lib/content/source-checks.ts';
import { printable } from '../src/lib/content/validation.ts';
import { SITE } from '../src/lib/site/identity.ts';

/** Redirects followed before a source counts as failing (a moved report needs one or two). */
const MAX_REDIRECTS = 10;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** How request-filtering-agent refuses an address (its errors carry no code); the message names the address, so it is never shown. */
const NOT_PUBLIC = /^DNS lookup .* is not allowed\./;

export interface CheckOptions {
  /** Give up on an address (all its redirects included) after this long, in milliseconds. */
  timeoutMs: number;
  /** The `User-Agent` sent: plain, naming the site. */
  userAgent: string;
  /** The day of the check, `YYYY-MM-DD`. */
  today: string;
  /** Tests only: the one loopback address a test serves on, taken as public. */
  testAddress?: string;
}

/** "Cases of the Primary-level Party Building link check (+https://…)": who is asking, and where to find them. */
export function userAgent(siteUrl = process.env.SITE_URL): string {
  return `${SITE.name} link check${siteUrl ? ` (+${siteUrl})` : ''}`;
}

/** One GET, the body left unread: the status, and where it redirects. */
async function answerOf(url: URL, options: CheckOptions, signal: AbortSignal): Promise<{ status: number; location?: string }> {
  const get = url.protocol === 'https:' ? httpsGet : httpGet;
  const headers = { 'User-Agent': options.userAgent, Accept: 'text/html,*/*;q=0.8' };
  const agent = useAgent(url.href, options.testAddress ? { allowIPAddressList: [options.testAddress] } : undefined);
  const [response] = (await once(get(url, { agent, headers, signal }), 'response')) as [IncomingMessage];
  response.destroy();
  return { status: response.statusCode ?? 0, location: response.headers.location };
}

/** The reason no answer came, from Node's error codes (never a server's words). */
function unreachableDetail(error: NodeJS.ErrnoException): string {
  const code = error.code ?? error.name;
  if (error.name === 'AbortError' || code === 'ETIMEDOUT') return 'timeout';
  if (code === 'ENOTFOUND' || code.startsWith('EAI_')) return `DNS: ${code}`;
  if (/CERT|TLS|SSL|EPROTO/.test(code)) return `TLS: ${code}`;
  return `connection: ${code}`;
}

/** Where the link ended, when that is not the source's own page: origin and path only, noting a query or fragment left out. */
function ending(source: string, url: URL): Pick<SourceCheck, 'finalUrl' | 'trimmed'> {
  const start = new URL(source);
  const page = url.origin + url.pathname;
  if (page === start.origin + start.pathname) return {};
  return url.search || url.hash ? { finalUrl: page, trimmed: true } : { finalUrl: page };
}

/**
 * Visits `source`, following redirects, and classifies the last answer: 2xx at the source's
 * own page answers, 2xx elsewhere redirected, 404 and 410 gone, anything else failing; no
 * answer at all is unreachable, and a hop the checker will not take is refused.
 */
export async function checkUrl(source: string, options: CheckOptions): Promise<SourceCheck> {
  const checked = options.today;
  const signal = AbortSignal.timeout(options.timeoutMs);
  let url = new URL(source);
  for (let hop = 0; ; hop++) {
    const refused = (why: string): SourceCheck => ({ checked, outcome: 'refused', detail: `${hop === 0 ? 'the source address' : `redirect ${hop}`}: ${why}` });
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return refused(`not http(s) (${url.protocol})`);
    if (url.username || url.password) return refused('holds a user name or password');
    // The addresses are the agent's to check, once the name is looked up.
    const answer = await answerOf(url, options, signal).catch((error: NodeJS.ErrnoException) => error);
    if (answer instanceof Error) {
      if (NOT_PUBLIC.test(answer.message)) return refused('not a public address');
      return { checked, outcome: 'unreachable', detail: unreachableDetail(answer) };
    }
    const { status, location } = answer;
    if (location !== undefined && REDIRECT_STATUSES.has(status)) {
      if (hop === MAX_REDIRECTS) return { checked, outcome: 'failing', status, ...ending(source, url), detail: `more than ${MAX_REDIRECTS} redirects` };
      if (!URL.canParse(location, url)) return { checked, outcome: 'refused', detail: `redirect ${hop + 1}: not a valid address` };
      url = new URL(location, url);
      continue;
    }
    const end = ending(source, url);
    if (status >= 200 && status < 300) return { checked, outcome: end.finalUrl ? 'redirected' : 'answers', status, ...end };
    return { checked, outcome: status === 404 || status === 410 ? 'gone' : 'failing', status, ...end };
  }
}

/** A case's source address, with the case it belongs to. */
export interface CaseSource {
  slug: string;
  url: string;
}

export interface RunResult {
  /** The lines to print, control characters escaped: one per source, then a summary. */
  lines: string[];
  /** False when nothing answered: without a network nothing is recorded. */
  wrote: boolean;
}

/** One console line for a source: outcome, case, address, where it ended and why. */
function consoleLine({ slug, url }: CaseSource, check: SourceCheck): string {
  const notes = [
    check.trimmed && 'query or fragment left out',
    check.status && check.outcome !== 'answers' && check.outcome !== 'redirected' && `HTTP ${check.status}`,
    check.detail,
  ].filter(Boolean);
  return printable(`${check.outcome.padEnd(11)} ${slug}: ${url}${check.finalUrl ? ` → ${check.finalUrl}` : ''}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`);
}

/**
 * Checks every source (each address once, a few at a time) and writes the checks file:
 * addresses sorted, two-space JSON. "No network" is when every source was unreachable (DNS,
 * connection, timeout or TLS): then the file is left as it was, since a dead cable and a dead
 * web look the same from here. A single dead host among answering ones is recorded.
 */
export async function runChecks(sources: readonly CaseSource[], checksFile: string, options: CheckOptions): Promise<RunResult> {
  const urls = [...new Set(sources.map((source) => source.url))].sort();
  const checks = new Map<string, SourceCheck>();
  const queue = [...urls];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) checks.set(url, await checkUrl(url, options));
  };
  await Promise.all(Array.from({ length: Math.min(4, urls.length) }, worker));

  if (urls.length > 0 && [...checks.values()].every((check) => check.outcome === 'unreachable')) {
    return { lines: [printable(`No network: none of the ${urls.length} source addresses could be reached (${checks.get(urls[0])!.detail}); ${checksFile} is unchanged.`)], wrote: false };
  }
  const lines = sources.map((source) => consoleLine(source, checks.get(source.url)!));
  const counts = CHECK_OUTCOMES.map((outcome) => [outcome, [...checks.values()].filter((check) => check.outcome === outcome).length] as const);
  lines.push(printable(`${urls.length} source addresses checked: ${counts.filter(([, count]) => count > 0).map(([outcome, count]) => `${count} ${outcome}`).join(', ')}; written to ${checksFile}.`));
  // Only the addresses the cases still give are kept.
  writeFileSync(checksFile, `${JSON.stringify({ checks: Object.fromEntries(urls.map((url) => [url, checks.get(url)])) }, null, 2)}\n`);
  return { lines, wrote: true };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { timeout: { type: 'string', default: '15000' } } });
  const timeoutMs = Number(values.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
    console.error(printable(`check-sources: --timeout must be a whole number of milliseconds (got "${values.timeout}")`));
    process.exit(1);
  }
  let sources: CaseSource[] = [];
  try {
    const { files, warnings } = await readCaseFolder(resolve(casesDir()), (path) => shownPath(path), caseSchema);
    for (const warning of warnings) console.error(warning);
    sources = files.flatMap(({ filePath, parsed }) => (parsed.source ? [{ slug: basename(filePath, '.mdx'), url: parsed.source.url }] : []));
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const { lines } = await runChecks(sources, sourceChecksPath(), { timeoutMs, userAgent: userAgent(), today: new Date().toISOString().slice(0, 10) });
  for (const line of lines) console.log(line);
}
