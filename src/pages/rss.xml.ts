import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { escape } from 'html-escaper';
import { getCases } from '../lib/content/collection.ts';
import { latestCases, toFeedItem } from '../lib/data/export.ts';
import { SITE } from '../lib/site/identity.ts';

export const GET: APIRoute = async (context) => {
  const index = await getCases();
  return rss({
    title: SITE.name,
    description: SITE.description,
    site: context.site ?? context.url.origin,
    items: latestCases(index.all).map(toFeedItem),
    // RSS's own fields for people need an email address.
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>en</language><dc:publisher>${escape(SITE.publisher.name)}</dc:publisher>`,
  });
};
