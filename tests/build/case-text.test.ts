/** A case using every content component, built for real; an edit reaches its pages and the index at the next build. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../support/astro-build';
import { FIXTURE } from '../support/case-pipeline';
import { scratchForFile } from '../support/scratch';
import { serveBuilds } from '../support/served-build';

const SOURCE = readFileSync(FIXTURE, 'utf8');
/** The edit: a word of the first <Theme> sentence, which also states a key figure. */
const [BEFORE, AFTER] = ['The county built <KeyFigure', 'The township built <KeyFigure'];

const scratch = scratchForFile('case-text-');
/** Builds the fixture, as written or edited, as the collection's one case; returns the output folder. */
async function build(name: string, source: string): Promise<string> {
  const cases = join(scratch, name, 'cases');
  mkdirSync(cases, { recursive: true });
  writeFileSync(join(cases, 'anytown.mdx'), source);
  const outDir = join(scratch, name, 'dist');
  const { status, output } = await astroBuild(cases, outDir);
  expect(status, output).toBe(0);
  return outDir;
}

const dist = { before: '', after: '' };
beforeAll(async () => {
  expect(SOURCE.split(BEFORE)).toHaveLength(2);
  dist.before = await build('before', SOURCE);
  dist.after = await build('after', SOURCE.replace(BEFORE, AFTER));
}, 600_000);
const served = serveBuilds(() => [dist.before, dist.after]);

/** A page of the build before the edit, or after it. */
const pageOf = (which: 0 | 1) => served.browser.newPage({ baseURL: served.origins[which] });

describe('a case with every content component', () => {
  it('publishes the text of its file, paragraph for paragraph, the component tags left out', async () => {
    const file = SOURCE.slice(SOURCE.indexOf('\n---\n') + 5)
      .replace(/<\/?[A-Z]\w*(?:\s+\w+="[^"]*")*\s*>/g, '')
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    const page = await pageOf(0);
    await page.goto('/cases/anytown/');
    const published = await page.locator('p[id^="p-"]').evaluateAll((paragraphs) =>
      paragraphs.map((paragraph) => {
        // The pin-cite first, kept out of the search index, which stores the paragraph's text once.
        const pinFirst = paragraph.matches(':has(> paragraph-text:only-child > .pin[data-pagefind-ignore]:first-child)');
        const copy = paragraph.cloneNode(true) as HTMLElement;
        copy.querySelector('.pin')?.remove();
        return [paragraph.id, pinFirst, copy.textContent!.replace(/\s+/g, ' ').trim()];
      }),
    );
    expect(published).toEqual(file.map((text, index) => [`p-${index + 1}`, true, text]));
  }, 180_000);

  it('shows a word changed in a theme’s sentence on the theme page, in /cases.json and in the search', async () => {
    const sentence = (word: string) => `The ${word} built 26 “Lianxin Post Stations” for delivery riders.`;
    for (const [folder, text] of [[dist.before, 'county'], [dist.after, 'township']]) {
      expect(readFileSync(join(folder, 'themes/service-networks/index.html'), 'utf8')).toContain(sentence(text));
      const [record] = JSON.parse(readFileSync(join(folder, 'cases.json'), 'utf8')).cases;
      expect(record.keyFigures.map((figure: { quote: string }) => figure.quote)).toEqual([sentence(text)]);
      expect(record.themes).toEqual(['service-networks', 'service-teams']);
    }
    const found = await Promise.all(
      ([0, 1] as const).map(async (which) => {
        const page = await pageOf(which);
        await page.goto('/');
        // A string, so the test runner leaves the page's own import alone.
        return page.evaluate(`(async () => {
          const { search } = await import('/pagefind/pagefind.js');
          const { results } = await search('township');
          return Promise.all(results.map(async (result) => (await result.data()).url));
        })()`);
      }),
    );
    expect(found).toEqual([[], ['/cases/anytown/']]);
  }, 180_000);
});
