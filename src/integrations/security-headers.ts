/**
 * Writes `_headers` next to the built pages: the Content-Security-Policy every page
 * carries in its <meta>, as a real header, plus `frame-ancestors` and the other headers
 * a <meta> cannot give. It is generated, not kept in `public/`, because the policy holds
 * the hashes of this build's inline styles and scripts.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies, metaPolicy } from '../lib/security';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const htmlFiles = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        const policies: string[] = [];
        for (const file of htmlFiles) {
          const policy = metaPolicy(await readFile(join(root, file), 'utf8'));
          if (!policy) throw new Error(`${file}: has no Content-Security-Policy <meta>`);
          policies.push(policy);
        }
        await writeFile(join(root, '_headers'), headersFile(mergePolicies(policies)));
        logger.info(`_headers written: the policy of ${policies.length} pages`);
      },
    },
  };
}
