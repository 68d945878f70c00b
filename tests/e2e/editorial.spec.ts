/** Who says what: the publisher, the editors' words labelled as theirs, the [sic] on the document's slip. */
import { expect, test } from '@playwright/test';
import { CATEGORIES } from '../../src/lib/site/categories.ts';
import { SITE } from '../../src/lib/site/identity.ts';
import { THEMES } from '../../src/lib/site/themes.ts';
import { t } from '../../src/lib/site/words.ts';
import { readContentFiles } from '../support/content.ts';

const cases = readContentFiles();

test('the publisher is named in the footer of every page, in About, the feed and the JSON-LD', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.locator('.site-footer')).toContainText(t('site.footerTexts', { publisher: SITE.publisher.name, chapter: SITE.chapter }));
  await page.goto('/about/');
  await expect(page.locator('main')).toContainText(SITE.publisher.name);
  expect(await (await request.get('/rss.xml')).text()).toContain(`<dc:publisher>${SITE.publisher.name}</dc:publisher>`);
  await page.goto('/cases/baotou/');
  const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent() ?? '{}');
  expect(ld.publisher).toEqual({ '@type': 'Organization', name: SITE.publisher.name });
});

test('the editors’ words are labelled as theirs wherever they stand beside the document’s', async ({ page }) => {
  for (const category of CATEGORIES) {
    await page.goto(`/categories/${category.id}/`);
    await expect(page.locator('main .editors-words').first()).toHaveText(`${t('editors.description')} ${category.description}`);
    const summaries = page.locator('.case-card .summary');
    await expect(summaries).toHaveText(cases.filter((c) => c.data.category === category.id).map((c) => `${t('editors.summary')} ${c.data.summary}`));
  }
  await page.goto('/themes/');
  await expect(page.locator('.theme .editors-words')).toHaveText(THEMES.map((theme) => `${t('editors.description')} ${theme.description}`));
  await page.goto(`/themes/${THEMES[0].id}/`);
  await expect(page.locator('main .editors-words').first()).toHaveText(`${t('editors.description')} ${THEMES[0].description}`);
  await page.goto('/glossary/');
  const explanations = page.locator('.entry dd');
  await expect(explanations.first()).toBeVisible();
  for (const explanation of await explanations.all()) await expect(explanation.locator('.editors-words')).toContainText(new RegExp(`^${t('editors.explanation')} `));
});

test('the document’s slip carries a [sic] note beside the text, which stays as written', async ({ page }) => {
  await page.goto('/cases/baotou/');
  const note = page.locator('.editorial-notes li');
  await expect(note).toHaveCount(1);
  const at = t('case.noteAt', { paragraph: 3, quote: 'dual reporting, dual service, and dual reporting' });
  await expect(note).toContainText(new RegExp(`^${t('editors.note')} ${at}: \\[sic\\] `));
  await expect(note.getByRole('link', { name: at })).toHaveAttribute('href', '#p-3');
  await expect(page.locator('#p-3')).toContainText('The working mechanism of “dual reporting, dual service, and dual reporting” is deepened');
  await expect(page.locator('.case-text')).not.toContainText('[sic]');
});

test('the home page says only what the cases describe; About says what the editors add', async ({ page }) => {
  await page.goto('/');
  const lead = page.locator('.intro .lead');
  await expect(lead).not.toContainText('a city community, a village');
  await page.goto('/about/');
  await expect(page.locator('main')).toContainText('What the editors add');
  await expect(page.locator('main')).toContainText('No fact, number, date or link is added to the case texts.');
  await expect(page.locator('main')).not.toContainText(/No fact, number, date or link is added\./);
});
