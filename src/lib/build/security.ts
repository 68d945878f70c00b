/**
 * The site's security policy, defined once: astro.config.mjs puts it in every page's
 * Content-Security-Policy <meta>, src/middleware.ts trims each page's copy to the hashes
 * of its own inline code, and the security-headers integration writes it, with what only
 * a header can carry, into `_headers` and `_nginx.conf` for the host.
 */
import { createHash } from 'node:crypto';

/**
 * Directives besides `script-src` and `style-src` (Astro writes those, with hashes).
 * Everything comes from the site itself; nothing may embed, frame or post elsewhere.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  // data: for the site's icon, written into each page (src/lib/site/favicon.ts).
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // Pagefind searches in a worker loaded from /pagefind/.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'none'",
  "manifest-src 'self'",
  "media-src 'self'",
] as const;

/**
 * Directives a <meta> policy cannot carry (browsers ignore them there, with a console
 * error), so they exist only in the headers: nobody may frame the site.
 */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** Links to other sites leave without the address of the page they were on. */
export const REFERRER_POLICY = 'same-origin';

/** Headers every response should carry besides the policy itself. */
export const OTHER_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Referrer-Policy': REFERRER_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** A policy as directive name → sources, in the order the directives first appear. */
export type Policy = Map<string, string[]>;

export function parsePolicy(policy: string): Policy {
  const parsed: Policy = new Map();
  for (const directive of policy.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) parsed.set(name.toLowerCase(), sources);
  }
  return parsed;
}

export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy that allows what any of the given pages' policies allows, for a host's single
 * `/*` header rule. Browsers enforce the header and the page's own <meta> together, so each
 * page stays held to its own hashes; the header adds what a <meta> cannot say.
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

/** The headers every response of the site carries, given the build's merged policy: `_headers` and `_nginx.conf` both send these. */
export function securityHeaderSet(policy: string): Record<string, string> {
  return { 'Content-Security-Policy': policy, ...OTHER_SECURITY_HEADERS };
}

/** The `_headers` file Netlify, Cloudflare Pages and similar hosts read: one rule for every path. */
export function headersFile(policy: string): string {
  return ['/*', ...Object.entries(securityHeaderSet(policy)).map(([name, value]) => `  ${name}: ${value}`), ''].join('\n');
}

/** The policy in a built page's `<meta http-equiv="content-security-policy">`, if any. */
export function metaPolicy(html: string): string | undefined {
  const tag = /<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0];
  return tag ? /content="([^"]*)"/i.exec(tag)?.[1] : undefined;
}

type HashAlgorithm = 'sha256' | 'sha384' | 'sha512';

/** The hash an inline element's text is allowed by, as Astro's config takes it: `sha256-…`. */
export function cspHash(code: string, algorithm: HashAlgorithm = 'sha256'): `${HashAlgorithm}-${string}` {
  return `${algorithm}-${createHash(algorithm).update(code).digest('base64')}`;
}

/** What a policy allows an inline element by: `'sha256-…'` (or sha384, sha512). */
const HASH_SOURCE = /^'(sha256|sha384|sha512)-[A-Za-z0-9+/]+={0,2}'$/;

/** The text of every inline `<script>` and `<style>` element of a page, in order. */
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
 * The page with its policy <meta> allowing only the inline code the page itself holds.
 * Astro lists the hashes of every inline style and script of the whole build in every
 * page, though a page holds only a few of them; a hash that matches none of this page's
 * inline elements is dropped. Everything else stays as it was.
 */
export function withOwnHashesOnly(html: string): string {
  const policy = metaPolicy(html);
  if (policy === undefined) return html;
  const bodies = inlineCode(html);
  const digests = new Map<string, Set<string>>();
  const allowedByPage = (source: string): boolean => {
    const algorithm = HASH_SOURCE.exec(source)?.[1] as HashAlgorithm | undefined;
    if (!algorithm) return true;
    let own = digests.get(algorithm);
    if (!own) {
      own = new Set(bodies.map((body) => `'${cspHash(body, algorithm)}'`));
      digests.set(algorithm, own);
    }
    return own.has(source);
  };
  const trimmed = new Map([...parsePolicy(policy)].map(([name, sources]) => [name, sources.filter(allowedByPage)]));
  // A function, so that nothing in the policy is read as a replacement pattern ($&).
  return html.replace(`content="${policy}"`, () => `content="${formatPolicy(trimmed)}"`);
}
