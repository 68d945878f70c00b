/**
 * The schema of one case's frontmatter. It lives outside `content.config.ts` so
 * unit tests can validate plain objects without running a build.
 */
import { z } from 'astro/zod';
import { isRealDateOrMonth } from '../format/dates.ts';
import { CATEGORY_IDS } from '../site/categories.ts';
import { THEME_IDS } from '../site/themes.ts';

/** Messages say what was expected; the loader puts the file and field in front of them. */
const text = () =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : `must be text (got ${JSON.stringify(issue.input)})`) })
    .trim()
    .min(1, { error: 'must not be empty' });

export const placeSchema = z.strictObject({
  /** The place or enterprise as the case names it, e.g. "Baotou" or "Fangzi District, Weifang". */
  name: text(),
  /** Province-level region the place lies in (for an enterprise: its province), e.g. "Inner Mongolia". */
  region: text(),
  /** Country, e.g. "China". */
  country: text(),
  /** Administrative level of the place, where it helps comparison. */
  level: z.enum(['city', 'district', 'county', 'enterprise']).optional(),
});

/**
 * The hosts of the web archives a snapshot may come from. A snapshot elsewhere is no
 * archived copy: the schema refuses it.
 */
export const ARCHIVE_HOSTS = ['web.archive.org', 'archive.org', 'archive.today', 'archive.ph', 'archive.is', 'archive.li', 'archive.md', 'perma.cc', 'webcitation.org'] as const;

/** True when `url` is http(s) on an archive host or one of its subdomains. */
export function isArchiveUrl(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return /^https?:$/.test(protocol) && ARCHIVE_HOSTS.some((host) => hostname === host || hostname.endsWith(`.${host}`));
  } catch {
    return false;
  }
}

const archivedUrl = () =>
  z.string().refine(isArchiveUrl, {
    error: (issue) =>
      `must be an http(s) address of a snapshot on a web archive, such as web.archive.org, archive.ph or perma.cc (got ${JSON.stringify(issue.input)})`,
  });

export const sourceSchema = z.strictObject({
  /** The original publication's address; only http and https links are accepted. */
  url: z.url({
    protocol: /^https?$/,
    error: (issue) => `must be an absolute http:// or https:// address (got ${JSON.stringify(issue.input)})`,
  }),
  /** Who published the original, e.g. "People's Daily Online". */
  publisher: text(),
  /**
   * `editors` where the publisher's name is the editors' reading of the address (the document
   * gives only URLs): the page and the data files then say so. Omitted where the document names it.
   */
  publisherAttributedBy: z.literal('editors', { error: 'must be "editors" (or be left out where the document names the publisher)' }).optional(),
  /** Publication date as the source gives it: `YYYY-MM-DD`, or `YYYY-MM` when only the month is known. */
  published: z.string().refine(isRealDateOrMonth, {
    error: (issue) => `must be a real date as YYYY-MM-DD or a month as YYYY-MM (got ${JSON.stringify(issue.input)})`,
  }),
  /** A snapshot of the original in a web archive (an http(s) address on an archive's host), offered as the archived copy. */
  archived: archivedUrl().optional(),
});

export const keyFigureSchema = z.strictObject({
  /** The figure as the text writes it, e.g. "985" or "46.11 million kilowatts". */
  value: text(),
  /** What the figure counts, in a few words, e.g. "party and mass service stations". */
  label: text(),
  /** The sentence of the case text that states the figure, copied verbatim (the build checks it). */
  quote: text(),
});

export const caseThemeSchema = z.strictObject({
  /** One of the themes in `src/lib/themes.ts`, e.g. "service-networks". */
  id: z.enum(THEME_IDS, {
    error: (issue) =>
      issue.input === undefined
        ? `is required: one of ${THEME_IDS.join(', ')}`
        : `must be one of ${THEME_IDS.join(', ')} (got ${JSON.stringify(issue.input)})`,
  }),
  /** The sentence of the case text that shows the theme, copied verbatim (the build checks it). */
  quote: text(),
});

export const glossaryTermSchema = z.strictObject({
  /** A programme name or slogan exactly as the text writes it, without its quotation marks (the build checks it). */
  term: text(),
  /** What the text says it is, in one or two plain sentences; nothing the text does not say. */
  explanation: text().max(300, { error: (issue) => `must be at most 300 characters (has ${String(issue.input).length})` }),
});

export const editorialNoteSchema = z.strictObject({
  /** The words of the case text the note is about, copied verbatim (the build checks it). */
  quote: text(),
  /** The editors' note, e.g. "[sic] …": shown beside the text as theirs, never changing it. */
  note: text().max(300, { error: (issue) => `must be at most 300 characters (has ${String(issue.input).length})` }),
});

/** Short phrases copied verbatim from the case text (the build checks each). */
const phrases = () => z.array(text()).default([]);

export const compareSchema = z.strictObject({
  /** Who the case organises or mobilises, e.g. "express and delivery workers". */
  organised: phrases(),
  /** The main mechanisms, systems and models the case names. */
  mechanisms: phrases(),
  /** How the case rewards, scores or evaluates; empty where the text names none. */
  evaluation: phrases(),
  /** Digital platforms and tools; empty where the text names none. */
  digitalTools: phrases(),
});

export const caseSchema = z.strictObject({
  /** The case's place-and-actor headline, e.g. "Baotou, Inner Mongolia". */
  title: text(),
  /** The case's own heading after the colon, e.g. "Upgrading Party and Mass Services to New Levels". */
  subtitle: text(),
  /** Which of the chapter's four categories the case belongs to. */
  category: z.enum(CATEGORY_IDS, {
    error: (issue) =>
      issue.input === undefined
        ? `is required: one of ${CATEGORY_IDS.join(', ')}`
        : `must be one of ${CATEGORY_IDS.join(', ')} (got ${JSON.stringify(issue.input)})`,
  }),
  /** Position in the chapter, 1-based; unique across the collection. */
  order: z
    .int({ error: (issue) => (issue.input === undefined ? 'is required' : `must be a whole number (got ${JSON.stringify(issue.input)})`) })
    .positive({ error: 'must be 1 or more' }),
  /** Where the case happens. */
  place: placeSchema,
  /** One or two sentences in the document's own terms, at most 300 characters. */
  summary: text().max(300, { error: (issue) => `must be at most 300 characters (has ${String(issue.input).length})` }),
  /** The original publication; omitted when the document gives none. */
  source: sourceSchema.optional(),
  /** Numbers the text states, each with the sentence that states it. */
  keyFigures: z.array(keyFigureSchema).default([]),
  /** The cross-cutting themes the case shows, each with the sentence that shows it. */
  themes: z.array(caseThemeSchema).default([]),
  /** Programme names and slogans the text quotes, for the glossary. */
  terms: z.array(glossaryTermSchema).default([]),
  /** The case's rows in the comparison table, in the text's own words; omitted rows read "not named in the text". */
  compare: compareSchema.default({ organised: [], mechanisms: [], evaluation: [], digitalTools: [] }),
  /** The editors' notes on words of the text (a "[sic]" on the document's own slip), shown as theirs beside the text. */
  editorialNotes: z.array(editorialNoteSchema).default([]),
});

export type CaseData = z.infer<typeof caseSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type KeyFigure = z.infer<typeof keyFigureSchema>;
export type CaseTheme = z.infer<typeof caseThemeSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type CompareRows = z.infer<typeof compareSchema>;
export type EditorialNote = z.infer<typeof editorialNoteSchema>;
