/** The character and address checks the schema and the loader share: what they accept, and the form it is stored in. */
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/content.config.ts';
import { checkAddress, invalidUtf8Offset, printable, snapshotOf } from '../../src/lib/content/validation.ts';
import { readContentFiles } from '../support/content';

describe('addresses', () => {
  it('are stored as a browser reads them: a lookalike host in ASCII, the path encoded', () => {
    expect(checkAddress('https://www.12371.сn/a b')).toEqual({ error: expect.stringContaining('spaces') });
    expect(checkAddress('https://www.12371.сn/n1/ü')).toEqual({ href: 'https://www.12371.xn--n-6tb/n1/%C3%BC' });
    expect(checkAddress('HTTP://Example.ORG')).toEqual({ href: 'http://example.org/' });
  });

  it('name a public host, not an address of a machine', () => {
    for (const value of ['https://127.0.0.1/a', 'https://[::1]/a', 'https://intranet/a']) expect(checkAddress(value), value).toHaveProperty('error');
  });

  it('take an archived copy when it is a snapshot of the source itself, http or https, with or without the last slash', () => {
    expect(snapshotOf('https://web.archive.org/web/20250516000000/http://example.org/a/')).toBe('http://example.org/a/');
    expect(snapshotOf('https://archive.ph/2025/https://example.org/a')).toBe('https://example.org/a');
    expect(snapshotOf('https://example.org/copy')).toBeUndefined();
    const [baotou] = readContentFiles();
    const archived = `https://web.archive.org/web/2025id_/${baotou.data.source.url.replace('http:', 'https:')}/`;
    expect(caseSchema.parse({ ...baotou.data, source: { ...baotou.data.source, archived } }).source!.archived).toBe(archived);
  });
});

describe('bytes and characters', () => {
  it('find where bytes stop being UTF-8: the first byte of the sequence that breaks', () => {
    const offset = (...bytes: number[]) => invalidUtf8Offset(new Uint8Array(bytes));
    expect(offset(0x41, 0xc3, 0xa9)).toBeUndefined();
    expect(offset(0x41, 0xe9, 0x20)).toBe(1);
    expect(offset(0x41, 0xe2, 0x82, 0x28)).toBe(1);
    expect(offset(0x41, 0xc3)).toBe(1);
    expect(offset(0x80)).toBe(0);
    expect(offset(0xc3, 0xa9, 0xff)).toBe(2);
  });

  it('print control and direction characters as escapes, and leave tabs, line ends and other letters', () => {
    expect(printable('a\x1b[2Jb\u202ec\x9b\0')).toBe('a\\x1b[2Jb\\u202ec\\x9b\\x00');
    expect(printable('tab\there\nü “q”')).toBe('tab\there\nü “q”');
  });
});
