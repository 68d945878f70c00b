/**
 * Accessibility of every built page, in the light and the dark scheme: axe-core with the
 * WCAG 2.0/2.1 A and AA rules plus `target-size`, nothing disabled; and what axe cannot
 * judge: the heading outline, keyboard-only use with a visible, contrasting focus, and
 * reduced motion.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { openDisclosures, pagesToVisit, settle } from '../support/built-site';
import { contrastRatio, parseRgb } from '../support/colour';

async function headingLevels(page: Page): Promise<{ level: number; text: string }[]> {
  return page.locator('h1, h2, h3, h4, h5, h6, [role="heading"]').evaluateAll((headings) =>
    headings.map((heading) => ({
      level: Number(heading.getAttribute('aria-level') ?? heading.localName.slice(1)),
      text: (heading.textContent ?? '').trim().slice(0, 60),
    })),
  );
}

interface FocusStop {
  index: number;
  label: string;
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
    // A group of radio buttons is one tab stop, its checked button (or its first); the
    // arrow keys move within it, as the search page's keyboard test checks.
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

/** What the focused element looks like: its focus ring, and the colour the ring sits on. */
function describeFocus(page: Page): Promise<FocusStop | undefined> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
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
      inViewport: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
      outline: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      boxShadow: style.boxShadow,
      ringColour: style.outlineColor,
      background,
    };
  });
}

/** Walks the page with the Tab key: every focusable element is reached, on screen, with a ring that contrasts. */
async function keyboardProblems(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const focusables = await markFocusables(page);
  const reached = new Set<number>();
  const problems: string[] = [];
  // One lap of the Tab key, plus a little: it ends when focus comes back round.
  for (let press = 0; press < focusables.length + 5; press += 1) {
    await page.keyboard.press('Tab');
    const stop = await describeFocus(page);
    if (!stop) continue;
    if (reached.has(stop.index)) break;
    reached.add(stop.index);
    const hasRing = (stop.outline !== 'none' && stop.outlineWidth >= 2) || stop.boxShadow !== 'none';
    if (!hasRing) problems.push(`${stop.label}: no visible focus indicator`);
    if (!stop.inViewport) problems.push(`${stop.label}: focused but off screen`);
    const ring = parseRgb(stop.ringColour);
    const behind = parseRgb(stop.background);
    if (stop.outline !== 'none' && ring && behind && contrastRatio(ring, behind) < 3) {
      problems.push(
        `${stop.label}: focus ring ${stop.ringColour} on ${stop.background} has contrast ${contrastRatio(ring, behind).toFixed(2)}, below 3:1`,
      );
    }
  }
  problems.push(...focusables.filter((_, index) => !reached.has(index)).map((label) => `${label}: never reached by Tab`));
  return problems;
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

// One visit per page: the schemes and reduced motion are switched on the loaded page
// (computed styles follow emulated media at once), which keeps the gate fast at many pages.
for (const path of pagesToVisit()) {
  test(`accessibility of ${path}: outline, axe and keyboard in light and dark, reduced motion`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await page.goto(path);
    await settle(page);

    const headings = await headingLevels(page);
    expect(headings.filter((heading) => heading.level === 1), 'exactly one h1').toHaveLength(1);
    expect(headings[0]?.level, 'the first heading is the h1').toBe(1);
    const skips = headings.flatMap((heading, index) =>
      index > 0 && heading.level > headings[index - 1].level + 1
        ? [`h${headings[index - 1].level} "${headings[index - 1].text}" → h${heading.level} "${heading.text}"`]
        : [],
    );
    expect(skips, 'heading levels skipped').toEqual([]);

    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await keyboardProblems(page), `keyboard, ${colorScheme} scheme`).toEqual([]);
      await openDisclosures(page);
      expect(await axeViolations(page), `axe, ${colorScheme} scheme`).toEqual([]);
    }

    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await movingElements(page), 'moving under prefers-reduced-motion').toEqual([]);
  });
}

test('the skip link is the first stop, shows itself, and moves focus to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.locator(':focus');
  await expect(skip).toHaveText('Skip to content');
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveAttribute('id', 'main');
});
