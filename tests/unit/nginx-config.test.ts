/**
 * `_nginx.conf` through its function: the rules nginx needs spelled out. The real nginx
 * serving a real build is tests/e2e/nginx.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { BUILD_ONLY_FILES, CACHE_HASHED, HASHED_FILES, nginxConfig, publishedType } from '../../src/lib/build/nginx.ts';
import { headersFile, securityHeaderSet } from '../../src/lib/build/security.ts';

const POLICY = "default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'";
const config = nginxConfig(POLICY);
/** The `add_header` lines outside any location, and those of each location, by its opening line. */
const serverLevel = config.split(/^location /m)[0];
const hashedLocation = config.slice(config.indexOf(`location ~ ${HASHED_FILES} {`));

describe('nginxConfig', () => {
  it('sends every header of _headers, the same values, on every response (always) at server level', () => {
    for (const [name, value] of Object.entries(securityHeaderSet(POLICY))) {
      expect(headersFile(POLICY)).toContain(`  ${name}: ${value}\n`);
      expect(serverLevel).toContain(`\nadd_header ${name} "${value}" always;\n`);
    }
    expect(serverLevel).toContain('\nadd_header Cache-Control "no-cache" always;\n');
    expect(config).toMatch(/^error_page 404 \/404\.html;$/m);
  });

  it('repeats every header in the one location that adds its own, which would drop them', () => {
    const locations = config.match(/^location .*\{$/gm) ?? [];
    expect(locations).toHaveLength(1);
    for (const [name, value] of Object.entries(securityHeaderSet(POLICY))) {
      expect(hashedLocation).toContain(`    add_header ${name} "${value}" always;\n`);
    }
    expect(hashedLocation).toContain(`    add_header Cache-Control "${CACHE_HASHED}" always;\n`);
  });

  it('serves no build-only file', () => {
    for (const file of BUILD_ONLY_FILES) expect(config).toContain(`location = /${file} { return 404; }`);
  });

  it('caches only content-hashed names for long', () => {
    const hashed = new RegExp(HASHED_FILES);
    for (const path of ['/_astro/highlight-zExCn5ak.js', '/pagefind/fragment/en_031a896.pf_fragment', '/pagefind/pagefind.en_146c1db85c.pf_meta']) {
      expect(hashed.test(path), path).toBe(true);
    }
    for (const path of ['/index.html', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind', '/cases.csv']) {
      expect(hashed.test(path), path).toBe(false);
    }
  });

  it('gives every published kind of file its type, text with a charset', () => {
    expect(publishedType('cases.csv')).toBe('text/csv; charset=utf-8');
    expect(publishedType('pagefind/wasm.en.pagefind')).toBe('application/octet-stream');
    expect(publishedType('a.wasm')).toBe('application/wasm');
    expect(publishedType('photo.heic')).toBeUndefined();
    expect(config).toMatch(/^    text\/csv csv;$/m);
    expect(config).toMatch(/^charset_types .*\btext\/csv\b.*;$/m);
  });

  it('refuses a header value nginx would read differently', () => {
    expect(() => nginxConfig("default-src 'self' $uri")).toThrow(/nginx would misread/);
  });
});
