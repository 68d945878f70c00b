/**
 * The sources' last link checks, `content/source-checks.json`: `npm run check-sources` writes it
 * and the build only reads it, so a build makes no network request.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'astro/zod';
import { formatDate, isRealDay } from '../format/dates.ts';
import { t } from '../site/words.ts';
import { ContentError, zodProblems, type ContentProblem } from './problems.ts';

/** `SOURCE_CHECKS` points the build and the checker at another file (the tests'). */
export const sourceChecksPath = (): string => process.env.SOURCE_CHECKS ?? './content/source-checks.json';

/** `gone` is 404 or 410; `refused`, the checker would not follow the link (not public, not http(s), a password). */
export const CHECK_OUTCOMES = ['answers', 'redirected', 'gone', 'failing', 'unreachable', 'refused'] as const;

/** A check older than this many days is stale: the build asks for a new one. */
export const STALE_AFTER_DAYS = 180;

const sourceCheckSchema = z.strictObject({
  /** The day of the check, `YYYY-MM-DD` (UTC). */
  checked: z.string().refine(isRealDay, { error: 'must be a real date as YYYY-MM-DD' }),
  /** What the check found. */
  outcome: z.enum(CHECK_OUTCOMES, { error: `must be one of ${CHECK_OUTCOMES.join(', ')}` }),
  /** The HTTP status of the last answer, where there was one. */
  status: z.int().min(100).max(599).optional(),
  /** Where redirects led, origin and path only: a query or fragment may hold a session or a token. */
  finalUrl: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) address' })
    .refine((url) => !/[?#]/.test(url), { error: 'must be an origin and path only, without ? or #' })
    .optional(),
  /** True where the address redirects led to had a query or fragment, left out of finalUrl. */
  trimmed: z.literal(true).optional(),
  /** Why a source could not be reached or was refused, in the checker's words ("DNS: ENOTFOUND"). */
  detail: z.string().optional(),
});

export type SourceCheck = z.infer<typeof sourceCheckSchema>;

const sourceChecksFileSchema = z.strictObject({
  /** The last check of each source, by the source's address as the case files give it. */
  checks: z.record(z.string(), sourceCheckSchema),
});

export type SourceChecks = ReadonlyMap<string, SourceCheck>;

export function parseSourceChecks(text: string, filePath: string): SourceChecks {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ContentError([{ filePath, field: '(JSON)', message: (error as Error).message }]);
  }
  const result = sourceChecksFileSchema.safeParse(data);
  if (!result.success) throw new ContentError(zodProblems(filePath, result.error));
  return new Map(Object.entries(result.data.checks));
}

/** A missing file means no source has been checked yet. */
export async function readSourceChecks(filePath = sourceChecksPath()): Promise<SourceChecks> {
  try {
    return parseSourceChecks(await readFile(filePath, 'utf8'), filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
}

const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/**
 * A line per gone, refused or stale source. A source never checked says nothing (a clone without
 * network access has checked none); never an error: a link that died does not take the site down.
 */
export function sourceCheckWarnings(sources: readonly { filePath: string; url: string }[], checks: SourceChecks, today: string): ContentProblem[] {
  return sources.flatMap(({ filePath, url }): ContentProblem[] => {
    const check = checks.get(url);
    const field = 'source.url';
    if (check?.outcome === 'gone') {
      return [{ filePath, field, message: `gone (HTTP ${check.status ?? '404/410'}, checked ${check.checked}): find the report's new address or an archived copy (source.archived), then run npm run check-sources` }];
    }
    if (check?.outcome === 'refused') {
      return [{ filePath, field, message: `refused by the link check (${check.detail ?? 'no reason given'}, checked ${check.checked}): find where the link leads now, then run npm run check-sources` }];
    }
    if (check && daysBetween(check.checked, today) > STALE_AFTER_DAYS) {
      return [{ filePath, field, message: `last checked ${check.checked}, more than ${STALE_AFTER_DAYS} days ago: run npm run check-sources` }];
    }
    return [];
  });
}

/** What a case page says about the last check; `state` names it for styling and tests. */
export function describeCheck(check: SourceCheck): { state: 'answering' | 'moved' | 'not-answering'; text: string } {
  const day = formatDate(check.checked);
  switch (check.outcome) {
    case 'answers':
      return { state: 'answering', text: t('source.answers', { day }) };
    case 'redirected':
      return { state: 'moved', text: t(check.trimmed ? 'source.redirectedTrimmed' : 'source.redirected', { day, to: check.finalUrl ?? '' }) };
    case 'gone':
      return { state: 'not-answering', text: t('source.gone', { day, status: check.status ?? 404 }) };
    case 'failing':
      return { state: 'not-answering', text: t('source.failing', { day, status: check.status ?? 'error' }) };
    case 'unreachable':
      return { state: 'not-answering', text: t('source.unreachable', { day }) };
    // Where it was refused is never said: only that the link is not one to follow.
    case 'refused':
      return { state: 'not-answering', text: t('source.refused', { day }) };
  }
}
