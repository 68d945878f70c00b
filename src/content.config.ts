/**
 * A case's frontmatter holds what its text does not say; what the text says is marked in it with
 * the content components and derived when it compiles (src/lib/content/case-plugin.ts).
 */
// Not astro:content, so that scripts and unit tests read this same schema outside a build.
import { defineCollection } from 'astro/content/config';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { BUILD_DATE } from './lib/build/build-date.ts';
import { isRealDateOrMonth } from './lib/format/dates.ts';
import { casesLoader } from './lib/content/loader.ts';
import { checkAddress, findForbiddenCharacter, isInvisible, samePage, snapshotOf } from './lib/content/validation.ts';
import { CATEGORY_IDS } from './lib/site/categories.ts';

/** Words for a reader: not empty, not only invisible characters, nothing that reorders or controls. */
const text = (max?: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : `must be text (got ${JSON.stringify(issue.input)})`) })
    .trim()
    .refine((value) => !isInvisible(value), { error: 'must not be empty (or only invisible characters)' })
    .refine((value) => !findForbiddenCharacter(value), { error: 'must not hold control or bidirectional-override characters' })
    .refine((value) => max === undefined || value.length <= max, { error: (issue) => `must be at most ${max} characters (has ${String(issue.input).length})` });

/** Stored as `new URL(…).href`: an ASCII host, an encoded path. */
const address = () =>
  z.string({ error: 'must be an http(s) address' }).transform((value, context) => {
    const checked = checkAddress(value);
    if ('href' in checked) return checked.href;
    context.addIssue({ code: 'custom', message: `${checked.error} (got ${JSON.stringify(value)})` });
    return z.NEVER;
  });

const editorsReading = () => z.literal('editors', { error: 'must be "editors", or be left out where the document gives it' }).optional();

const source = z
  .strictObject({
    /** The original report's address, http(s) only; stored normalised. */
    url: address(),
    /** Who published the report, e.g. "People's Daily Online". */
    publisher: text(),
    /** `editors` where the publisher's name is the editors' reading of the address. */
    publisherAttributedBy: editorsReading(),
    /** The report's date as far as it is known: `YYYY-MM-DD`, or `YYYY-MM` for a month. */
    published: z.string({ error: 'must be a date as YYYY-MM-DD or YYYY-MM (in quotes or not)' }).refine(isRealDateOrMonth, {
      error: (issue) => `must be a real date as YYYY-MM-DD or a month as YYYY-MM (got ${JSON.stringify(issue.input)})`,
    }),
    /** `editors` where the date is the editors' reading of the address. */
    publishedAttributedBy: editorsReading(),
    /** The report's language as a BCP 47 tag (`zh`), the editors' reading of the address: reference managers file it by language. */
    language: z.string({ error: 'must be a language tag such as zh' }).regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'must be a language tag such as zh or zh-Hans' }).optional(),
    /** A web archive's snapshot of this very report (`https://web.archive.org/web/<time>/<url>`). */
    archived: address().optional(),
  })
  .superRefine((value, context) => {
    if (value.archived === undefined) return;
    const copied = snapshotOf(value.archived);
    if (copied === undefined || !samePage(copied, value.url)) {
      context.addIssue({
        code: 'custom',
        path: ['archived'],
        message: `must be a web archive's snapshot of source.url, such as https://web.archive.org/web/2025/${value.url} (got ${JSON.stringify(value.archived)})`,
      });
    }
  });

export const caseSchema = z.strictObject({
  /** The case's place-and-actor headline, e.g. "Baotou, Inner Mongolia". */
  title: text(160),
  /** The case's own heading, e.g. "Upgrading Party and Mass Services to New Levels". */
  subtitle: text(200),
  /** Which of the chapter's four categories the case belongs to. */
  category: z.enum(CATEGORY_IDS, {
    error: (issue) => `${issue.input === undefined ? 'is required' : `must be one of ${CATEGORY_IDS.join(', ')} (got ${JSON.stringify(issue.input)})`}`,
  }),
  /** Position in the chapter, from 1; no two cases share one. */
  order: z
    .int({ error: (issue) => (issue.input === undefined ? 'is required' : `must be a whole number (got ${JSON.stringify(issue.input)})`) })
    .positive({ error: 'must be 1 or more' }),
  /** Where the case happens. */
  place: z.strictObject({
    /** The place or enterprise as the case names it, e.g. "Fangzi District, Weifang City". */
    name: text(),
    /** The province-level region it lies in (an enterprise: its province). */
    region: text(),
    /** The country. */
    country: text(),
    /** Its administrative level, where that helps comparison. */
    level: z.enum(['city', 'district', 'county', 'enterprise']).optional(),
  }),
  /** The editors' summary: one or two sentences in the document's own terms. */
  summary: text(300),
  /** The original report; left out where the document names none. */
  source: source.optional(),
});

export const collections = {
  cases: defineCollection({ loader: casesLoader(caseSchema, BUILD_DATE), schema: caseSchema }),
  pages: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/pages' }),
    schema: z.strictObject({
      /** The page's title, in its heading and its `<title>`. */
      title: z.string(),
      /** One sentence for search engines and link previews. */
      description: z.string(),
    }),
  }),
};
