/**
 * The file `npm run new-case` writes: every field commented and holding a placeholder the build
 * refuses by name. How to mark the text is said in YAML comments: a case text may hold none.
 */
import { parseArgs } from 'node:util';
import { COMPARE_ROWS } from '../site/compare.ts';
import { CATEGORY_IDS, isCategoryId, type CategoryId } from '../site/categories.ts';
import { THEME_IDS } from '../site/themes.ts';
import { PLACEHOLDER, SLUG_PATTERN } from './loader.ts';

/** An address to type and a file name every system takes. */
export const SLUG_MAX_LENGTH = 60;

/** Latin letters that Unicode does not decompose into a plain letter and a mark. */
const PLAIN_FORMS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i' };

/** "Ünïcode Ça, Province" → "unicode-ca-province", cut at a word; empty without a Latin letter or digit. */
export function slugFromTitle(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðłþı]/g, (letter) => PLAIN_FORMS[letter])
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length <= SLUG_MAX_LENGTH) return slug;
  const cut = slug.slice(0, SLUG_MAX_LENGTH + 1);
  // One word longer than the limit is cut inside.
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : cut.slice(0, SLUG_MAX_LENGTH)).replace(/-$/, '');
}

/** What `npm run new-case` was asked for, or the one line that says what is wrong with the request. */
export type NewCaseRequest =
  | { help: true }
  | { help?: false; category: CategoryId; title: string; slug: string }
  | { error: string };

const OPTIONS = {
  category: { type: 'string' },
  title: { type: 'string' },
  slug: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;
const EXAMPLES = {
  category: `one of ${CATEGORY_IDS.join(', ')}`,
  title: 'e.g. --title "Guangchang County, Jiangxi Province"',
  slug: 'e.g. --slug guangchang-county',
};

export const NEW_CASE_USAGE =
  'usage: npm run new-case -- --category <category> --title "<Place, Region>" [--slug <slug>]';

/** `npm run new-case`'s arguments; every mistake gets one line naming it. */
export function parseNewCaseArgs(argv: readonly string[]): NewCaseRequest {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, tokens: true });
  } catch (error) {
    return { error: `${(error as Error).message.split('\n')[0].replace(/\.$/, '')} (${NEW_CASE_USAGE})` };
  }
  const { values, tokens } = parsed;
  if (values.help) return { help: true };
  const given = tokens.flatMap((token) => (token.kind === 'option' ? [token.name] : []));
  const twice = given.find((name, index) => given.indexOf(name) !== index);
  if (twice) return { error: `--${twice} is given twice` };
  const { category, slug: givenSlug } = values;
  if (category === undefined) return { error: `--category is required: ${EXAMPLES.category}` };
  if (!isCategoryId(category)) return { error: `--category must be one of ${CATEGORY_IDS.join(', ')} (got "${category}")` };
  const title = values.title?.trim();
  if (!title) return { error: `--title is required, ${EXAMPLES.title}` };
  if (givenSlug !== undefined) {
    if (!SLUG_PATTERN.test(givenSlug)) {
      return { error: `--slug "${givenSlug}" is not an address: lower-case letters and digits joined by single hyphens (it names the file and /cases/<slug>/), ${EXAMPLES.slug}` };
    }
    if (givenSlug.length > SLUG_MAX_LENGTH) return { error: `--slug is ${givenSlug.length} characters long; at most ${SLUG_MAX_LENGTH}` };
    return { category, title, slug: givenSlug };
  }
  const slug = slugFromTitle(title);
  if (!slug) return { error: `cannot make an address from "${title}": it has no Latin letter or digit; give one with --slug, ${EXAMPLES.slug}` };
  return { category, title, slug };
}

/** The next free chapter position after the given ones. */
export function nextOrder(orders: readonly number[]): number {
  return orders.reduce((max, order) => Math.max(max, order), 0) + 1;
}

const todo = (what: string): string => JSON.stringify(`${PLACEHOLDER} ${what}`);

export function caseStub({ title, category, order }: { title: string; category: CategoryId; order: number }): string {
  return `---
# A new case, written by \`npm run new-case\`. Replace every ${PLACEHOLDER} value with the case's own
# words; the build names each one still left. docs/editors-guide.md explains every field.
title: ${JSON.stringify(title)} # place-and-actor headline
subtitle: ${todo('the case’s own heading, after the colon in the source text')}
category: ${category} # one of ${CATEGORY_IDS.join(', ')}
order: ${order} # position in the chapter; unique
place:
  name: ${todo('the place or enterprise as the case names it')}
  region: ${todo('province-level region (for an enterprise: its province)')}
  country: ${todo('country')}
  level: ${todo('city, district, county or enterprise; or delete this line')}
summary: ${todo('one or two sentences in the text’s own terms, at most 300 characters')}
# The original report. Delete the whole block when the source names none.
source:
  url: ${todo('the http:// or https:// address of the original report')}
  publisher: ${todo('who published the original')}
  # publisherAttributedBy: editors   # where the publisher is read from the address, not named by the document
  published: ${todo('YYYY-MM-DD, or YYYY-MM when only the month is known')}
  # archived: https://web.archive.org/web/…   # a web archive's snapshot of the original, where there is one
#
# The text goes below the closing line, one paragraph per block, as the source writes it. Mark
# in it, where the words stand, what the site shows beside the text (nothing is copied here):
#   a number it states:         <KeyFigure label="what it counts">985</KeyFigure>
#   sentences showing a theme:  <Theme id="service-networks">Whole sentences.</Theme>
#     (themes: ${THEME_IDS.join(', ')})
#   a programme name or slogan: <Term explanation="What the text says it is.">Lianxin Post Stations</Term>
#     (explained at its first use; later uses are <Term>Lianxin Post Stations</Term>)
#   a phrase for /compare/:     <Compare row="organised">delivery riders</Compare>
#     (rows: ${COMPARE_ROWS.join(', ')})
#   the editors' note on words: <EditorsNote note="[sic] …">words of the text</EditorsNote>
---

${PLACEHOLDER} paste the case text here, one paragraph per block, exactly as the source writes it.
`;
}
