import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_PATH, SEED_SHA256 } from '../support/seed';

describe('the source document in tests/fixtures/', () => {
  it('is the document, byte for byte', () => {
    expect(createHash('sha256').update(readFileSync(SEED_PATH)).digest('hex')).toBe(SEED_SHA256);
    expect(readFileSync(new URL('../fixtures/README.md', import.meta.url), 'utf8')).toContain(SEED_SHA256);
  });
});
