/**
 * The file `npm run new-case` writes: every frontmatter field present, commented,
 * and holding a `TODO:` placeholder the build refuses by name until an editor
 * replaces it with words from the case text.
 */
import { PLACEHOLDER } from './checks.ts';
import { CATEGORY_IDS, type CategoryId } from '../site/categories.ts';
import { THEME_IDS } from '../site/themes.ts';

/** "Guangchang County, Jiangxi Province" → "guangchang-county-jiangxi-province". */
export function slugFromTitle(title: string): string {
  return title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The next free chapter position after the given ones. */
export function nextOrder(orders: readonly number[]): number {
  return orders.reduce((max, order) => Math.max(max, order), 0) + 1;
}

const todo = (what: string): string => JSON.stringify(`${PLACEHOLDER} ${what}`);

export function caseStub({ title, category, order }: { title: string; category: CategoryId; order: number }): string {
  return `---
# A new case, written by \`npm run new-case\`. Replace every ${PLACEHOLDER} value with words from the
# case text; the build names each one still left. README, "Adding a case", explains every field.
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
  published: ${todo('YYYY-MM-DD, or YYYY-MM when only the month is known')}
# Numbers the text states; delete the list (or write keyFigures: []) when there are none.
keyFigures:
  - value: ${todo('the figure as the text writes it')}
    label: ${todo('what it counts, in a few words')}
    quote: ${todo('the sentence of the text that states it, copied verbatim')}
# Themes the case shows, each with the sentence of the text that shows it.
# Theme ids: ${THEME_IDS.join(', ')}.
themes:
  - id: ${todo('one theme id from the list above')}
    quote: ${todo('the sentence of the text that shows the theme, copied verbatim')}
# Programme names and slogans the text quotes, for the glossary.
terms:
  - term: ${todo('the name exactly as the text writes it, without quotation marks')}
    explanation: ${todo('what the text says it is; nothing the text does not say')}
# The case's rows on /compare/: short phrases copied verbatim from the text; [] where it names none.
compare:
  organised:
    - ${todo('who the case organises, e.g. express and delivery workers')}
  mechanisms:
    - ${todo('a mechanism, system or model the text names')}
  evaluation:
    - ${todo('how the case scores, ranks or rewards; or write evaluation: []')}
  digitalTools:
    - ${todo('a platform or digital tool the text names; or write digitalTools: []')}
---

${PLACEHOLDER} paste the case text here, one paragraph per block, exactly as the source writes it.
`;
}
