/** The site's security policy, defined once for every page's <meta>, `_headers` and `_nginx.conf`. */
import { createHash } from 'node:crypto';

/** Besides `script-src` and `style-src`, which Astro writes with hashes. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  // data: for the site's icon, written into each page (src/lib/site/favicon.ts).
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'none'",
  "manifest-src 'self'",
  "media-src 'self'",
] as const;

/** A <meta> policy cannot carry these: browsers ignore them there, with a console error. */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

export const REFERRER_POLICY = 'same-origin';

const OTHER_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Referrer-Policy': REFERRER_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

type Policy = Map<string, string[]>;

export function parsePolicy(policy: string): Policy {
  const parsed: Policy = new Map();
  for (const directive of policy.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) parsed.set(name.toLowerCase(), sources);
  }
  return parsed;
}

function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * What any page's policy allows, for a host's single `/*` rule: browsers enforce it and each page's
 * own <meta> together, so a page stays held to its own hashes.
 */
export function mergePolicies(policies: readonly string[]): string {
  const merged: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) {
      merged.set(name, [...new Set([...(merged.get(name) ?? []), ...sources])]);
    }
  }
  for (const directive of HEADER_ONLY_DIRECTIVES) {
    const [name, ...sources] = directive.split(' ');
    merged.set(name, sources);
  }
  return formatPolicy(merged);
}

export function securityHeaderSet(policy: string): Record<string, string> {
  return { 'Content-Security-Policy': policy, ...OTHER_SECURITY_HEADERS };
}

/** What Netlify, Cloudflare Pages and similar hosts read. */
export function headersFile(policy: string): string {
  return ['/*', ...Object.entries(securityHeaderSet(policy)).map(([name, value]) => `  ${name}: ${value}`), ''].join('\n');
}

export function metaPolicy(html: string): string | undefined {
  const tag = /<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0];
  return tag ? /content="([^"]*)"/i.exec(tag)?.[1] : undefined;
}

type HashAlgorithm = 'sha256' | 'sha384' | 'sha512';

/** `latin1`: `code` holds a UTF-8 text's bytes, one character each (see withOwnHashesOnly). */
export function cspHash(code: string, algorithm: HashAlgorithm = 'sha256', encoding: 'utf8' | 'latin1' = 'utf8'): `${HashAlgorithm}-${string}` {
  return `${algorithm}-${createHash(algorithm).update(code, encoding).digest('base64')}`;
}

const HASH_SOURCE = /^'(sha256|sha384|sha512)-[A-Za-z0-9+/]+={0,2}'$/;

export function inlineCode(html: string): string[] {
  const bodies: string[] = [];
  for (const tag of ['script', 'style']) {
    const open = `<${tag}`;
    const close = `</${tag}>`;
    // indexOf, not a regular expression: this runs on every page of the build.
    for (let at = html.indexOf(open); at !== -1; at = html.indexOf(open, at)) {
      const start = html.indexOf('>', at) + 1;
      const end = html.indexOf(close, start);
      if (start === 0 || end === -1) break;
      bodies.push(html.slice(start, end));
      at = end + close.length;
    }
  }
  return bodies;
}

/**
 * Astro lists every hash of the whole build in every page's policy: keep those of the page's own
 * inline code. The page is read as Latin-1, one character a byte: no page is decoded from UTF-8 and
 * encoded again, and each inline body is hashed as the bytes a browser hashes.
 */
export function withOwnHashesOnly(page: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const html = Buffer.from(page.buffer, page.byteOffset, page.byteLength).toString('latin1');
  const policy = metaPolicy(html);
  if (policy === undefined) return page;
  const bodies = inlineCode(html);
  const digests = new Map<string, Set<string>>();
  const allowedByPage = (source: string): boolean => {
    const algorithm = HASH_SOURCE.exec(source)?.[1] as HashAlgorithm | undefined;
    if (!algorithm) return true;
    let own = digests.get(algorithm);
    if (!own) {
      own = new Set(bodies.map((body) => `'${cspHash(body, algorithm, 'latin1')}'`));
      digests.set(algorithm, own);
    }
    return own.has(source);
  };
  const trimmed = new Map([...parsePolicy(policy)].map(([name, sources]) => [name, sources.filter(allowedByPage)]));
  // A function, so that nothing in the policy is read as a replacement pattern ($&).
  return Buffer.from(html.replace(`content="${policy}"`, () => `content="${formatPolicy(trimmed)}"`), 'latin1');
}
