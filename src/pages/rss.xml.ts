import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCaseIndex } from '../lib/cases';
import { latestCases, toFeedItem } from '../lib/export';
import { SITE } from '../lib/site';

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
