/**
 * Every page rendered by the build leaves here with a policy that allows only its own
 * inline code (see `withOwnHashesOnly`): a lighter page, and a tighter policy. The dev
 * server's pages carry no policy, and other files (feeds, data) pass through unread.
 */
import { defineMiddleware } from 'astro:middleware';
import { withOwnHashesOnly } from './lib/build/security.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (import.meta.env.DEV || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = withOwnHashesOnly(await response.text());
  const headers = new Headers(response.headers);
  // The length Astro set was the untrimmed page's.
  headers.delete('content-length');
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
});
