/** The published HTML as files: the W3C Nu HTML Checker (once over all pages), no comments, no link run into a word. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST, htmlFiles, readBuilt } from '../support/built-site.ts';

/** The checker's jar: the path the package exports (a CommonJS module without types). */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

interface NuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

test('every HTML file in dist/ passes the Nu HTML Checker with no error', () => {
  const files = htmlFiles();
  expect(files.length).toBeGreaterThanOrEqual(11);
  // Errors only: the checker cannot read the policy's hashes, so it warns of every inline script.
  // Java's quick JIT tier suits a short run; the checker's schema needs a larger stack.
  const args = ['-XX:TieredStopAtLevel=1', '-Xss2m', '-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files.map((file) => join(DIST, file))];
  const run = spawnSync('java', args, { encoding: 'utf8' });
  if (run.error) throw new Error(`The Nu HTML Checker needs Java 11 or later on the PATH (Debian: apt-get install -y default-jre-headless): ${run.error.message}`);
  if (!run.stderr.startsWith('{')) throw new Error(`The Nu HTML Checker did not run:\n${run.stderr}`);
  const { messages } = JSON.parse(run.stderr) as { messages: NuMessage[] };
  const problems = messages.map(({ type, url, lastLine, message }) => `${url.slice(url.indexOf(DIST) + DIST.length + 1)}:${lastLine ?? ''} ${type}: ${message}`);
  test.info().annotations.push({ type: 'pages checked', description: String(files.length) });
  expect(problems).toEqual([]);
  expect(run.status).toBe(0);
});

test('no HTML comments in dist/: notes for maintainers stay in the source, not in every download', () => {
  expect(htmlFiles().filter((file) => readBuilt(file).includes('<!--'))).toEqual([]);
});

test('no link runs into the word before or after it (compressHTML drops a line break between them)', () => {
  const joined = htmlFiles().flatMap((file) =>
    [...readBuilt(file).matchAll(/\w<a\s[^>]*>[^<]*<\/a>|<a\s[^>]*>[^<]*<\/a>\w/g)].map((match) => `${file}: ${match[0]}`),
  );
  expect(joined).toEqual([]);
});
