/**
 * schema.org JSON-LD for a case page: an Article about a Place, based on the
 * original report where the document names one. Only facts the case file holds.
 */
import { getCategory } from '../site/categories.ts';
import type { Case } from '../content/indexes.ts';
import { SITE } from '../site/identity.ts';
import { getTheme } from '../site/themes.ts';
import { absoluteUrl, caseUrl, homeUrl } from '../site/urls.ts';

export function caseJsonLd(entry: Case, site: URL | string): Record<string, unknown> {
  const { data } = entry;
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: `${data.title}: ${data.subtitle}`,
    name: data.title,
    alternativeHeadline: data.subtitle,
    description: data.summary,
    url: absoluteUrl(caseUrl(entry.id), site),
    inLanguage: 'en',
    articleSection: getCategory(data.category).label,
    keywords: entry.annotations.themes.map((theme) => getTheme(theme.id).label),
    contentLocation: {
      '@type': 'Place',
      name: data.place.name,
      address: { '@type': 'PostalAddress', addressRegion: data.place.region, addressCountry: data.place.country },
    },
    ...(data.source && {
      isBasedOn: {
        '@type': 'CreativeWork',
        url: data.source.url,
        publisher: { '@type': 'Organization', name: data.source.publisher },
        datePublished: data.source.published,
      },
    }),
    publisher: { '@type': 'Organization', name: SITE.publisher.name },
    isPartOf: {
      '@type': 'WebSite',
      name: SITE.name,
      url: absoluteUrl(homeUrl(), site),
      publisher: { '@type': 'Organization', name: SITE.publisher.name },
    },
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export function serialiseJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
