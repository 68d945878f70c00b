/** The character and address checks the schema (src/content.config.ts) and the loader share. */

/**
 * Controls other than tab and line ends (a terminal or parser acts on them), and the bidirectional
 * overrides, which reorder what a reader sees without changing what is stored.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** A character that prints: not a space of any kind, a format character (zero-width, joiners) or a Hangul filler. */
const VISIBLE = /[^\s\p{Cf}\p{Zs}\u115F\u1160\u3164\uFFA0\u2800]/u;

export function findForbiddenCharacter(text: string): { index: number; character: string } | undefined {
  const match = FORBIDDEN.exec(text);
  return match ? { index: match.index, character: match[0] } : undefined;
}

/** `U+001B`: how a message names a character it must not print. */
export const codePoint = (character: string): string => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export const isInvisible = (text: string): boolean => !VISIBLE.test(text);

/** Controls and overrides written as escapes, so a file name or a quoted value cannot rewrite a terminal's lines. */
export const printable = (text: string): string =>
  text.replace(new RegExp(FORBIDDEN.source, 'gu'), (character) => {
    const code = character.codePointAt(0)!;
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });

/** Where the first sequence that is not UTF-8 starts, or undefined: TextDecoder says only that one is bad. */
export function invalidUtf8Offset(bytes: Uint8Array): number | undefined {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  // The decoder writes U+FFFD for each bad sequence; a U+FFFD of the file itself is its three bytes.
  for (let at = text.indexOf('\uFFFD'); at !== -1; at = text.indexOf('\uFFFD', at + 1)) {
    const offset = new TextEncoder().encode(text.slice(0, at)).length;
    if (bytes[offset] !== 0xef || bytes[offset + 1] !== 0xbf || bytes[offset + 2] !== 0xbd) return offset;
  }
  return undefined;
}

/** The address as it will be published, or why it is refused, as a message's tail. */
type AddressCheck = { href: string } | { error: string };

/**
 * An address as `new URL(value).href` publishes it (a lookalike host in ASCII, the path encoded).
 * No credentials, which can hide the host, and no IP address, which does not say who publishes.
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

/** Archives whose snapshot addresses hold the copied page's address, so it can be checked to be the source. */
const SNAPSHOT = /^https:\/\/(?:web\.archive\.org\/web|archive\.(?:org\/web|today|ph|is|li|md))\/\d{4,14}[a-z_]*\/(.+)$/;

/** The address a snapshot copied, or undefined. */
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
