/** What the build gives hosts: each page's own hashes, merged headers, nginx rules a real nginx cannot show. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HASHED_FILES, nginxConfig } from '../../src/lib/build/nginx.ts';
import { inlineCode, mergePolicies, metaPolicy, parsePolicy, withOwnHashesOnly } from '../../src/lib/build/security.ts';

describe('_nginx.conf', () => {
  it('caches for long only the files whose names change with their content', () => {
    const hashed = new RegExp(HASHED_FILES);
    for (const path of ['/_astro/highlight-zExCn5ak.js', '/pagefind/fragment/en_031a896.pf_fragment', '/pagefind/pagefind.en_146c1db85c.pf_meta']) {
      expect(hashed.test(path), path).toBe(true);
    }
    for (const path of ['/index.html', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind', '/cases.csv']) {
      expect(hashed.test(path), path).toBe(false);
    }
  });

  it('refuses a header value nginx would read differently', () => {
    expect(() => nginxConfig("default-src 'self' $uri")).toThrow(/nginx would misread/);
  });
});

describe('the security policy as headers', () => {
  it('reads a policy into directives and their sources', () => {
    const policy = parsePolicy("default-src 'self';img-src 'self'; script-src 'self' 'sha256-a=';");
    expect([...policy]).toEqual([
      ['default-src', ["'self'"]],
      ['img-src', ["'self'"]],
      ['script-src', ["'self'", "'sha256-a='"]],
    ]);
  });

  it('merges pages\' policies into one that allows what each allows, and forbids framing', () => {
    const merged = parsePolicy(
      mergePolicies([
        "default-src 'self'; style-src 'self' 'sha256-home='",
        "default-src 'self'; style-src 'self' 'sha256-case='",
      ]),
    );
    expect(merged.get('default-src')).toEqual(["'self'"]);
    expect(merged.get('style-src')).toEqual(["'self'", "'sha256-home='", "'sha256-case='"]);
    expect(merged.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('finds the policy in a built page, or nothing', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; object-src 'none'"></head>`;
    expect(metaPolicy(html)).toBe("default-src 'self'; object-src 'none'");
    expect(metaPolicy('<head></head>')).toBeUndefined();
  });
});

describe('each page allows only its own inline code', () => {
  const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const page = (policy: string, body: string) =>
    `<html><head><meta http-equiv="content-security-policy" content="${policy}"><style>p{color:red}</style></head><body>${body}</body></html>`;
  const ownScript = 'console.log(1)';
  /** A page goes through as the bytes Astro gives the middleware. */
  const withOwnHashes = (html: string) => Buffer.from(withOwnHashesOnly(Buffer.from(html))).toString();
  const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha256(ownScript)} ${sha256('other()')}; style-src 'self' ${sha256('p{color:red}')} ${sha256('a{}')}`;

  it('finds the text of every inline script and style, and none of an external script', () => {
    const html = page(policy, `<script type="module">${ownScript}</script><script src="/a.js"></script><script type="application/ld+json">{}</script>`);
    expect(inlineCode(html)).toEqual([ownScript, '', '{}', 'p{color:red}']);
  });

  it('keeps the hashes of the page\'s own inline code and drops the build\'s others', () => {
    const html = page(policy, `<script type="module">${ownScript}</script>`);
    const trimmed = parsePolicy(metaPolicy(withOwnHashes(html))!);
    expect(trimmed.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", sha256(ownScript)]);
    expect(trimmed.get('style-src')).toEqual(["'self'", sha256('p{color:red}')]);
    expect(trimmed.get('default-src')).toEqual(["'self'"]);
    // The rest of the page is untouched.
    expect(withOwnHashes(html).replace(/content="[^"]*"/, '')).toBe(html.replace(/content="[^"]*"/, ''));
  });

  it('drops every script hash from a page without inline scripts, and leaves a page without a policy alone', () => {
    const trimmed = parsePolicy(metaPolicy(withOwnHashes(page(policy, '<p>text</p>')))!);
    expect(trimmed.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    const plain = '<html><head><style>p{}</style></head><body></body></html>';
    expect(withOwnHashes(plain)).toBe(plain);
  });

  it('hashes inline code as its UTF-8 bytes, and leaves the other text of the page as it was', () => {
    const style = 'q::before{content:"“¶ 3 – 中文”"}';
    const html = page(`style-src 'self' ${sha256(style)} ${sha256('p{color:red}')}`, `<style>${style}</style><p>“Jiangxi” ¶ 中文</p>`);
    const trimmed = withOwnHashes(html);
    expect(parsePolicy(metaPolicy(trimmed)!).get('style-src')).toEqual(["'self'", sha256(style), sha256('p{color:red}')]);
    expect(trimmed).toBe(html);
  });

  it('matches sha384 and sha512 hashes too', () => {
    const sha384 = `'sha384-${createHash('sha384').update(ownScript).digest('base64')}'`;
    const html = page(`script-src 'self' ${sha384} 'sha384-${'A'.repeat(64)}'`, `<script>${ownScript}</script>`);
    expect(parsePolicy(metaPolicy(withOwnHashes(html))!).get('script-src')).toEqual(["'self'", sha384]);
  });
});
