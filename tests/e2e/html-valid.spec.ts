/**
 * Valid HTML: html-validate's recommended rules (configured in .htmlvalidate.mjs) over
 * every HTML file of the production build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { DIST, htmlFiles } from '../support/built-site';

test('every HTML file in dist/ passes html-validate (recommended)', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = htmlFiles();
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(join(DIST, file));
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
  }
  test.info().annotations.push({ type: 'pages checked', description: String(files.length) });
  expect(files.length).toBeGreaterThanOrEqual(11);
  expect(problems).toEqual([]);
});

test('no HTML comments in dist/: notes for maintainers stay in the source, not in every download', () => {
  const withComments = htmlFiles().filter((file) => readFileSync(join(DIST, file), 'utf8').includes('<!--'));
  expect(withComments).toEqual([]);
});

test('no link runs into the word before or after it (compressHTML drops a line break between them)', () => {
  const joined = htmlFiles().flatMap((file) =>
    [...readFileSync(join(DIST, file), 'utf8').matchAll(/\w<a\s[^>]*>[^<]*<\/a>|<a\s[^>]*>[^<]*<\/a>\w/g)].map((match) => `${file}: ${match[0]}`),
  );
  expect(joined).toEqual([]);
});
