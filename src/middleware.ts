/** Every built page leaves with a policy allowing only its own inline code: lighter, and tighter. */
import { defineMiddleware } from 'astro:middleware';
import { withOwnHashesOnly } from './lib/build/security.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (import.meta.env.DEV || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const page = withOwnHashesOnly(new Uint8Array(await response.arrayBuffer()));
  const headers = new Headers(response.headers);
  // The length Astro set was the untrimmed page's.
  headers.delete('content-length');
  return new Response(page, { status: response.status, statusText: response.statusText, headers });
});
