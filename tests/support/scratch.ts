/** Scratch folders removed when the test or file that made them ends (a failure's output is in its message). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

const makeScratch = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));
const remove = (dir: string) => () => rmSync(dir, { recursive: true, force: true });

/** A fresh temp folder for the whole test file; call it at the file's or a describe's top level. */
export function scratchForFile(prefix: string): string {
  const dir = makeScratch(prefix);
  afterAll(remove(dir));
  return dir;
}

/** A fresh temp folder for the running test only; call it inside `it`. */
export function scratchForTest(prefix: string): string {
  const dir = makeScratch(prefix);
  onTestFinished(remove(dir));
  return dir;
}
