/**
 * `npm run new-case -- --category rural --title "Anytown, Somewhere"` writes content/cases/<slug>.mdx
 * with every field stubbed, which the build refuses field by field until it is filled in.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shownPath } from '../src/lib/content/problems.ts';
import { caseStub, NEW_CASE_USAGE, nextOrder, parseNewCaseArgs } from '../src/lib/content/stub.ts';

function fail(message: string): never {
  console.error(`new-case: ${message}`);
  process.exit(1);
}

const request = parseNewCaseArgs(process.argv.slice(2));
if ('error' in request) fail(request.error);
if (request.help) {
  console.log(NEW_CASE_USAGE);
  process.exit(0);
}
const { category, title, slug } = request;

const dir = process.env.CASES_DIR ?? 'content/cases';
const file = join(dir, `${slug}.mdx`);
if (existsSync(file)) fail(`${file} already exists; choose another --slug`);

try {
  const orders = readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => Number(/^order:\s*(\d+)/m.exec(readFileSync(join(dir, name), 'utf8'))?.[1] ?? 0));
  writeFileSync(file, caseStub({ title, category, order: nextOrder(orders) }), { flag: 'wx' });
} catch (error) {
  fail(`cannot write ${file}: ${(error as Error).message}`);
}

console.log(`Wrote ${shownPath(file)}.`);
console.log('Fill in every TODO: value from the case text; `npm run build` lists each one still left.');
