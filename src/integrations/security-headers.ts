/**
 * Writes `_headers` next to the built pages: the Content-Security-Policy every page
 * carries in its <meta>, as a real header, plus `frame-ancestors` and the other headers
 * a <meta> cannot give; and `_nginx.conf`, the same headers and the rest of the host's
 * rules for nginx (src/lib/build/nginx.ts). Both are generated, not kept in `public/`,
 * because the policy holds the hashes of this build's inline styles and scripts.
 */
import { open, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { NGINX_CONFIG_FILE, nginxConfig } from '../lib/build/nginx.ts';
import { headersFile, mergePolicies, metaPolicy } from '../lib/build/security.ts';

const CHUNK = 16 * 1024;
const PARALLEL_READS = 16;

/**
 * The page's CSP from its <meta>, reading no further than needed: the tag sits near the
 * top of <head>, and at thousands of pages reading every whole file cost seconds.
 */
async function readPagePolicy(path: string): Promise<string | undefined> {
  const file = await open(path);
  try {
    let head = '';
    const buffer = Buffer.alloc(CHUNK);
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, CHUNK, null);
      // One character per byte, so a chunk's end never splits one; the policy is ASCII.
      head += buffer.toString('latin1', 0, bytesRead);
      const policy = metaPolicy(head);
      if (policy !== undefined || bytesRead < CHUNK || head.includes('</head>')) return policy;
    }
  } finally {
    await file.close();
  }
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      // As soon as the pages are written, while the search index is built in parallel.
      'astro:build:generated': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // Sorted, and each policy kept at its file's place: the merged policy lists its hashes
        // in the same order in every build, whichever read finishes first.
        const htmlFiles = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
        const policies: string[] = new Array(htmlFiles.length);
        // A few reads at a time: the disk's latency, not the CPU, sets the pace.
        let next = 0;
        const reader = async () => {
          while (next < htmlFiles.length) {
            const index = next++;
            const policy = await readPagePolicy(join(root, htmlFiles[index]));
            if (!policy) throw new Error(`${htmlFiles[index]}: has no Content-Security-Policy <meta>`);
            policies[index] = policy;
          }
        };
        await Promise.all(Array.from({ length: PARALLEL_READS }, reader));
        const policy = mergePolicies(policies);
        await writeFile(join(root, '_headers'), headersFile(policy));
        await writeFile(join(root, NGINX_CONFIG_FILE), nginxConfig(policy));
        logger.info(`_headers and ${NGINX_CONFIG_FILE} written: the policy of ${policies.length} pages`);
      },
    },
  };
}
