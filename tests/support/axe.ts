/** The accessibility gate's axe-core run: WCAG 2.0/2.1/2.2 A and AA rules plus `target-size`, nothing disabled. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The rules of that set whose outcome a colour scheme can change: the schemes swap colour
 * tokens only, so structure, names, roles and sizes are judged once, in either scheme.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Every violation on the page, one line each; also a rule axe did not run, and contrast it
 * could not decide. `only`: these rules alone (e.g. COLOUR_RULES under a second scheme).
 */
export async function axeViolations(page: Page, only?: string[]): Promise<string[]> {
  // Legacy mode runs axe in the page itself, without the blank page per analysis that merges frames'
  // results: these pages have no frames. Passes and inapplicable rules need only say the rule ran.
  const resultTypes: ('violations' | 'incomplete')[] = ['violations', 'incomplete'];
  const results = await new AxeBuilder({ page })
    .setLegacyMode()
    .options(
      only
        ? { runOnly: { type: 'rule', values: only }, resultTypes }
        : { runOnly: { type: 'tag', values: WCAG_TAGS }, rules: { 'target-size': { enabled: true } }, resultTypes },
    )
    .analyze();
  const ran = new Set(
    [...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map((rule) => rule.id),
  );
  const problems = (only ?? ['target-size', 'color-contrast']).filter((id) => !ran.has(id)).map((id) => `axe did not run ${id}`);
  problems.push(
    ...results.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}: ${node.failureSummary}`),
    ),
    // Text whose contrast axe could not decide (over images, under overlapping boxes) must not exist either.
    ...results.incomplete
      .filter((rule) => rule.id === 'color-contrast')
      .flatMap((rule) => rule.nodes.map((node) => `color-contrast undecided: ${node.target.join(' ')}: ${node.any[0]?.message}`)),
  );
  return problems;
}
