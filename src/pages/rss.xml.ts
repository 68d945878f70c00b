import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCaseIndex } from '../lib/content/collection.ts';
import { latestCases, toFeedItem } from '../lib/data/export.ts';
import { SITE } from '../lib/site/identity.ts';

export const GET: APIRoute = async (context) => {
  const index = await getCaseIndex();
  return rss({
    title: SITE.name,
    description: SITE.description,
    site: context.site ?? context.url.origin,
    items: latestCases(index.all).map(toFeedItem),
    customData: '<language>en</language>',
  });
};
