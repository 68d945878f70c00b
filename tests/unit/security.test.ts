import { describe, expect, it } from 'vitest';
import { headersFile, mergePolicies, metaPolicy, parsePolicy } from '../../src/lib/security';

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

  it('writes one rule for every path', () => {
    const file = headersFile("default-src 'self'");
    expect(file.split('\n')[0]).toBe('/*');
    expect(file).toContain("  Content-Security-Policy: default-src 'self'\n");
    expect(file).toContain('  Referrer-Policy: same-origin\n');
  });

  it('finds the policy in a built page, or nothing', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; object-src 'none'"></head>`;
    expect(metaPolicy(html)).toBe("default-src 'self'; object-src 'none'");
    expect(metaPolicy('<head></head>')).toBeUndefined();
  });
});
