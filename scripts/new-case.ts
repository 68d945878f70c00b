/**
 * `npm run new-case -- --category rural --title "Anytown, Somewhere"` writes
 * content/cases/<slug>.mdx with every field stubbed and commented. The build
 * refuses the file, naming each field still to fill in, until it is complete.
 *
 * Runs under Node's own type stripping (no build step), so imports name `.ts` files.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { caseStub, nextOrder, slugFromTitle } from '../src/lib/content/stub.ts';
import { CATEGORY_IDS, isCategoryId } from '../src/lib/site/categories.ts';

function fail(message: string): never {
  console.error(`new-case: ${message}`);
  console.error('usage: npm run new-case -- --category <category> --title "<Place, Region>" [--slug <slug>]');
  process.exit(1);
}

const { values } = parseArgs({
  options: { category: { type: 'string' }, title: { type: 'string' }, slug: { type: 'string' } },
});
const category = values.category ?? fail(`--category is required: one of ${CATEGORY_IDS.join(', ')}`);
if (!isCategoryId(category)) fail(`--category must be one of ${CATEGORY_IDS.join(', ')} (got "${category}")`);
const title = values.title?.trim() || fail('--title is required, e.g. --title "Guangchang County, Jiangxi Province"');
const slug = values.slug ?? slugFromTitle(title);
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) fail(`cannot make an address from "${title}"; give one with --slug`);

const dir = process.env.CASES_DIR ?? 'content/cases';
const file = join(dir, `${slug}.mdx`);
if (existsSync(file)) fail(`${file} already exists; choose another --slug`);

const orders = readdirSync(dir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => Number(/^order:\s*(\d+)/m.exec(readFileSync(join(dir, name), 'utf8'))?.[1] ?? 0));
writeFileSync(file, caseStub({ title, category, order: nextOrder(orders) }));

console.log(`Wrote ${relative(process.cwd(), file)}.`);
console.log('Fill in every TODO: value from the case text; `npm run build` lists each one still left.');
