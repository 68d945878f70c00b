/**
 * What a case file may hold, character by character and address by address: the checks the
 * schema (src/content.config.ts) and the loader's reading of each file share. Pure functions.
 */

/**
 * Characters no text of a case may hold: C0 and C1 controls other than tab, line feed and
 * carriage return (a terminal or a parser acts on them), DEL, and the bidirectional embeddings,
 * overrides and isolates, which reorder what a reader sees without changing what is stored.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** Characters that print nothing: spaces of every kind, format characters (zero-width, joiners), the Hangul fillers. */
const INVISIBLE = /[\s\p{Cf}\p{Zs}\u115F\u1160\u3164\uFFA0\u2800]/gu;

/** The first forbidden character of `text` and where it is (0-based), or undefined. */
export function findForbiddenCharacter(text: string): { index: number; character: string } | undefined {
  const match = FORBIDDEN.exec(text);
  return match ? { index: match.index, character: match[0] } : undefined;
}

/** `U+001B`: how a message names a character it must not print. */
export const codePoint = (character: string): string => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** True when `text` would show nothing: empty, or only spaces and invisible characters. */
export const isInvisible = (text: string): boolean => text.replace(INVISIBLE, '') === '';

/**
 * `text` safe to print in a message to a terminal: every control and bidirectional character
 * written as an escape (`\x1b`, `\u202e`), so a file name or a quoted value cannot rewrite the
 * lines around it.
 */
export const printable = (text: string): string =>
  text.replace(new RegExp(FORBIDDEN.source, 'gu'), (character) => {
    const code = character.codePointAt(0)!;
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });

/**
 * The byte offset of the first byte sequence of `bytes` that is not UTF-8, or undefined when
 * the whole is. TextDecoder says only that a sequence is bad; this says where.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number | undefined {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    // Binary search for the shortest prefix that fails: decoding a prefix may stop mid-character,
    // so a prefix is tested with `stream: true`, which only fails on a sequence that can never be valid.
    let good = 0;
    let bad = bytes.length;
    while (bad - good > 1) {
      const middle = (good + bad) >>> 1;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
        good = middle;
      } catch {
        bad = middle;
      }
    }
    // The longest good prefix may end inside the sequence that the next byte breaks: that
    // sequence starts at its lead byte.
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, good));
      return good;
    } catch {
      let start = good - 1;
      while (start > 0 && (bytes[start] & 0xc0) === 0x80) start -= 1;
      return start;
    }
  }
}

/** Why an address is refused, in the words of a message's tail; undefined when it is acceptable. */
export type AddressCheck = { href: string } | { error: string };

/**
 * An address a case may publish, as it will be published: `new URL(value).href`, so that the
 * host is in its ASCII form (`xn--12371-…` for a lookalike in another script) and the path is
 * percent-encoded. Refused: anything but http(s), credentials (`user:password@`, or a host
 * hidden behind an `@`), white space or control characters anywhere, and a host that is not a
 * name (an IP address tells a reader nothing about who publishes).
 */
export function checkAddress(value: string): AddressCheck {
  if (/[\s\u0000-\u001F\u007F-\u009F]/u.test(value) || findForbiddenCharacter(value)) {
    return { error: 'must not hold spaces, line breaks or control characters' };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { error: 'must be an absolute http:// or https:// address' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { error: 'must be an absolute http:// or https:// address' };
  if (url.username || url.password) return { error: 'must not hold a user name or password (the part before @)' };
  if (/^\[|^\d+(\.\d+){3}$/.test(url.hostname)) return { error: 'must name its host, not an IP address' };
  if (!url.hostname.includes('.')) return { error: 'must name a public host such as www.example.org' };
  return { href: url.href };
}

/**
 * The archives whose snapshot addresses hold the address of the page they copied, after a
 * timestamp: `https://web.archive.org/web/20250516000000/https://…`. Only such a snapshot
 * can be checked to be a copy of the case's own source.
 */
const SNAPSHOT = /^https:\/\/(?:web\.archive\.org\/web|archive\.(?:org\/web|today|ph|is|li|md))\/\d{4,14}[a-z_]*\/(.+)$/;

/** The address a snapshot copied, or undefined when `archived` is no snapshot address the site can read. */
export function snapshotOf(archived: string): string | undefined {
  const target = SNAPSHOT.exec(archived)?.[1];
  if (!target) return undefined;
  const checked = checkAddress(target);
  return 'href' in checked ? checked.href : undefined;
}

/** True when two addresses name one page: http and https alike, and a trailing slash alike. */
export function samePage(a: string, b: string): boolean {
  const key = (href: string) => {
    const url = new URL(href);
    return `${url.host}${url.pathname.replace(/\/$/, '')}${url.search}`;
  };
  return key(a) === key(b);
}
