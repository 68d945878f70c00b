/** Every built page in both schemes: axe-core (WCAG 2.2 A and AA plus `target-size`), and what axe cannot judge. */
import { expect, type Page } from '@playwright/test';
import { test } from '../support/shared-page.ts';
import { settle } from '../../scripts/lib/settle.ts';
import { axeViolations, COLOUR_RULES } from '../support/axe.ts';
import { openDisclosures, pagesToVisit } from '../support/built-site.ts';
import { PAGE_KINDS, pageKind } from '../../src/lib/site/page-kinds.ts';
import { accessibilityUrl } from '../../src/lib/site/urls.ts';
import { t } from '../../src/lib/site/words.ts';
import { contrastRatio, parseRgb } from '../support/colour.ts';

async function headingLevels(page: Page): Promise<{ level: number; text: string }[]> {
  return page.locator('h1, h2, h3, h4, h5, h6, [role="heading"]').evaluateAll((headings) =>
    headings.map((heading) => ({
      level: Number(heading.getAttribute('aria-level') ?? heading.localName.slice(1)),
      text: (heading.textContent ?? '').trim().slice(0, 60),
    })),
  );
}

/** What a focused element shows: its focus ring, and the colour the ring sits on. */
interface FocusStop {
  index: number;
  label: string;
  /** Whether the browser shows it as keyboard focus (`:focus-visible`), where the ring is drawn. */
  focusVisible: boolean;
  inViewport: boolean;
  outline: string;
  outlineWidth: number;
  boxShadow: string;
  ringColour: string;
  background: string;
}

/** Numbers every element a keyboard user should reach, so the Tab walk can tick them off. */
async function markFocusables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
    // A group of radio buttons is one tab stop, its checked button (or its first); arrows move within it.
    const isOtherRadioOfGroup = (element: HTMLElement) => {
      if (!(element instanceof HTMLInputElement) || element.type !== 'radio' || !element.name) return false;
      const group = [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(element.name)}"]`)];
      return element !== (group.find((radio) => radio.checked) ?? group[0]);
    };
    const elements = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (element) => element.checkVisibility({ visibilityProperty: true }) && !isOtherRadioOfGroup(element),
    );
    // The skip link is hidden off-screen until focused, but it is a tab stop.
    const skip = document.querySelector<HTMLElement>('a[href="#main"]');
    if (skip && !elements.includes(skip)) elements.unshift(skip);
    elements.forEach((element, index) => (element.dataset.focusIndex = String(index)));
    return elements.map((element) => `<${element.localName}> ${(element.textContent ?? '').trim().slice(0, 40)}`);
  });
}

/**
 * One round trip: the focused element as a stop (`refocus` null), or each numbered element
 * in `refocus`, focused again by script, as a stop. Focus moved by script after keyboard
 * focus stays `:focus-visible`, so the rings of a Tab walk can be read again under another
 * colour scheme without walking again.
 */
function readStops(page: Page, refocus: number[] | null): Promise<(FocusStop | undefined)[]> {
  return page.evaluate((indices) => {
    const describe = (element: HTMLElement | null): FocusStop | undefined => {
      if (!element || element === document.body || element.dataset.focusIndex === undefined) return undefined;
      const style = getComputedStyle(element);
      // The ring is drawn outside the element, over its parent's background.
      let background = 'rgb(255, 255, 255)';
      for (let node = element.parentElement; node; node = node.parentElement) {
        const colour = getComputedStyle(node).backgroundColor;
        if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') {
          background = colour;
          break;
        }
      }
      const box = element.getBoundingClientRect();
      return {
        index: Number(element.dataset.focusIndex),
        label: `<${element.localName}> ${(element.textContent ?? '').trim().slice(0, 40)}`,
        focusVisible: element.matches(':focus-visible'),
        inViewport: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
        outline: style.outlineStyle,
        outlineWidth: parseFloat(style.outlineWidth),
        boxShadow: style.boxShadow,
        ringColour: style.outlineColor,
        background,
      };
    };
    if (indices === null) return [describe(document.activeElement as HTMLElement | null)];
    return indices.map((index) => {
      const element = document.querySelector<HTMLElement>(`[data-focus-index="${index}"]`)!;
      element.focus({ preventScroll: true });
      return describe(element);
    });
  }, refocus);
}

/** A stop's ring: drawn where keyboard focus is, at least 2 px (or a shadow), contrasting 3:1 with what is behind it. */
function ringProblems(stop: FocusStop): string[] {
  const problems: string[] = [];
  const hasRing = (stop.outline !== 'none' && stop.outlineWidth >= 2) || stop.boxShadow !== 'none';
  if (!stop.focusVisible) problems.push(`${stop.label}: focused but not shown as keyboard focus (:focus-visible)`);
  if (!hasRing) problems.push(`${stop.label}: no visible focus indicator`);
  const ring = parseRgb(stop.ringColour);
  const behind = parseRgb(stop.background);
  if (stop.outline !== 'none' && ring && behind && contrastRatio(ring, behind) < 3) {
    problems.push(
      `${stop.label}: focus ring ${stop.ringColour} on ${stop.background} has contrast ${contrastRatio(ring, behind).toFixed(2)}, below 3:1`,
    );
  }
  return problems;
}

/**
 * Walks the page once with the Tab key: every focusable element is reached, on screen, with
 * a ring that contrasts. Returns the problems and the stops reached, in order.
 */
async function keyboardWalk(page: Page): Promise<{ problems: string[]; reached: FocusStop[] }> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const focusables = await markFocusables(page);
  const reached: FocusStop[] = [];
  const problems: string[] = [];
  // One lap of the Tab key, plus a little: it ends when focus comes back round.
  for (let press = 0; press < focusables.length + 5; press += 1) {
    await page.keyboard.press('Tab');
    const [stop] = await readStops(page, null);
    if (!stop) continue;
    if (reached.some((earlier) => earlier.index === stop.index)) break;
    reached.push(stop);
    problems.push(...ringProblems(stop));
    if (!stop.inViewport) problems.push(`${stop.label}: focused but off screen`);
  }
  const reachedIndexes = new Set(reached.map((stop) => stop.index));
  problems.push(...focusables.filter((_, index) => !reachedIndexes.has(index)).map((label) => `${label}: never reached by Tab`));
  return { problems, reached };
}

/** Elements still animating or transitioning once the reader asks for reduced motion. */
function movingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seconds = (value: string) =>
      Math.max(...value.split(',').map((part) => (part.trim().endsWith('ms') ? parseFloat(part) / 1000 : parseFloat(part))));
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        const animated = style.animationName !== 'none' && seconds(style.animationDuration) > 0.01;
        const transitioned = seconds(style.transitionDuration) > 0.01;
        if (animated || transitioned) found.push(`<${element.localName}>${pseudo ?? ''}`);
      }
    }
    if (getComputedStyle(document.documentElement).scrollBehavior !== 'auto') found.push('smooth scrolling');
    return found;
  });
}

// One visit per page, the schemes switched on the loaded page: the dark scheme rereads only what colours
// decide (the rings, axe's colour rules), which keeps the gate fast at many pages.
for (const path of pagesToVisit()) {
  test(`accessibility of ${path}: outline, axe and keyboard in light and dark, reduced motion`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await page.goto(path);
    await settle(page);

    const headings = await headingLevels(page);
    expect.soft(headings.filter((heading) => heading.level === 1), 'exactly one h1').toHaveLength(1);
    expect.soft(headings[0]?.level, 'the first heading is the h1').toBe(1);
    const skips = headings.flatMap((heading, index) =>
      index > 0 && heading.level > headings[index - 1].level + 1
        ? [`h${headings[index - 1].level} "${headings[index - 1].text}" → h${heading.level} "${heading.text}"`]
        : [],
    );
    expect.soft(skips, 'heading levels skipped').toEqual([]);

    // Disclosures open, so that what they hide is walked and checked too.
    await openDisclosures(page);
    const walk = await keyboardWalk(page);
    expect.soft(walk.problems, 'keyboard, light scheme').toEqual([]);
    expect.soft(await axeViolations(page), 'axe, light scheme').toEqual([]);

    await page.emulateMedia({ colorScheme: 'dark' });
    const darkStops = await readStops(page, walk.reached.map((stop) => stop.index));
    expect.soft(darkStops.flatMap((stop) => ringProblems(stop!)), 'focus rings, dark scheme').toEqual([]);
    // Only colours change with the scheme (tests/unit/styles.test.ts holds that true).
    expect.soft(await axeViolations(page, COLOUR_RULES), 'axe colour rules, dark scheme').toEqual([]);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect.soft(await movingElements(page), 'moving under prefers-reduced-motion').toEqual([]);
  });
}

test('the skip link is the first stop, shows itself, and moves focus to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.locator(':focus');
  await expect(skip).toHaveText(t('site.skipLink'));
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveAttribute('id', 'main');
});

// The statement names the kinds of page these tests visit (src/lib/site/page-kinds.ts).
test('the accessibility statement names exactly the kinds of page these tests visit, and the footer links it', async ({ page }) => {
  const visited = pagesToVisit().map((path) => ({ path, kind: pageKind(path) }));
  expect(visited.filter((page) => page.kind === undefined), 'visited pages of no kind the statement names').toEqual([]);
  expect(new Set(visited.map((page) => page.kind)), 'kinds visited').toEqual(new Set(PAGE_KINDS));
  await page.goto(accessibilityUrl());
  await expect(page.locator('[data-page-kinds] li')).toHaveText(PAGE_KINDS.map((kind) => t(`pageKind.${kind}`)));
  await expect(page.locator('main')).toContainText(/WCAG\) 2\.2\b.* at level AA/);
  await expect(page.locator('.site-footer').getByRole('link', { name: t('site.footerAccessibility') })).toHaveAttribute('href', accessibilityUrl());
});
