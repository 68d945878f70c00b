/** `_headers` and `_nginx.conf`, generated, not kept in `public/`: the policy holds this build's hashes. */
import { open, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import pMap from 'p-map';
import { NGINX_CONFIG_FILE, nginxConfig } from '../lib/build/nginx.ts';
import { headersFile, mergePolicies, metaPolicy } from '../lib/build/security.ts';

const CHUNK = 16 * 1024;
const PARALLEL_READS = 16;

/** Read no further than the <meta>: at thousands of pages, reading every whole file cost seconds. */
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
      'astro:build:generated': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // Sorted, each policy at its file's place: the merged hashes keep one order whichever read ends first.
        const htmlFiles = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
        const readPolicy = async (file: string) => {
          const policy = await readPagePolicy(join(root, file));
          if (!policy) throw new Error(`${file}: has no Content-Security-Policy <meta>`);
          return policy;
        };
        const policies = await pMap(htmlFiles, readPolicy, { concurrency: PARALLEL_READS });
        const policy = mergePolicies(policies);
        await writeFile(join(root, '_headers'), headersFile(policy));
        await writeFile(join(root, NGINX_CONFIG_FILE), nginxConfig(policy));
        logger.info(`_headers and ${NGINX_CONFIG_FILE} written: the policy of ${policies.length} pages`);
      },
    },
  };
}
