/** `_headers` and `_nginx.conf`, generated, not kept in `public/`: the policy holds this build's hashes. */
import { closeSync, openSync, readdirSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { NGINX_CONFIG_FILE, nginxConfig } from '../lib/build/nginx.ts';
import { headersFile, mergePolicies, metaPolicy } from '../lib/build/security.ts';

const CHUNK = 16 * 1024;

/**
 * Read no further than the <meta>: at thousands of pages, reading every whole file cost seconds.
 * Synchronous: nothing else runs in the hook, and many small reads through the thread pool took longer.
 */
function readPagePolicy(path: string, buffer: Buffer): string | undefined {
  const file = openSync(path, 'r');
  try {
    let head = '';
    for (;;) {
      const bytesRead = readSync(file, buffer, 0, CHUNK, null);
      // One character per byte, so a chunk's end never splits one; the policy is ASCII.
      head += buffer.toString('latin1', 0, bytesRead);
      const policy = metaPolicy(head);
      if (policy !== undefined || bytesRead < CHUNK || head.includes('</head>')) return policy;
    }
  } finally {
    closeSync(file);
  }
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:generated': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // Sorted: the merged hashes keep one order from build to build.
        const htmlFiles = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).sort();
        const buffer = Buffer.alloc(CHUNK);
        const policies = htmlFiles.map((file) => {
          const policy = readPagePolicy(join(root, file), buffer);
          if (!policy) throw new Error(`${file}: has no Content-Security-Policy <meta>`);
          return policy;
        });
        const policy = mergePolicies(policies);
        writeFileSync(join(root, '_headers'), headersFile(policy));
        writeFileSync(join(root, NGINX_CONFIG_FILE), nginxConfig(policy));
        logger.info(`_headers and ${NGINX_CONFIG_FILE} written: the policy of ${policies.length} pages`);
      },
    },
  };
}
