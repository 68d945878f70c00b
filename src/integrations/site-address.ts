/**
 * Stops `astro build` at once when it has no address to build for: no public address
 * (`SITE_URL`) and no `SITE_LOCAL=1` saying a local build is meant. `npm run build` checks
 * the same before it starts (scripts/build.ts) and says it in one line; this catches an
 * `astro build` run by hand. `astro dev` and `astro preview` serve the local address.
 */
import type { AstroIntegration } from 'astro';

export function siteAddressGuard(address: { url: string } | { error: string }): AstroIntegration {
  return {
    name: 'site-address',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build' && 'error' in address) throw new Error(address.error);
      },
    },
  };
}
