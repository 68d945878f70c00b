/** schema.org JSON-LD for a case page. The report's date is left out: read from its address, it would stand unlabelled. */
import type { Case } from '../content/indexes.ts';
import { getCategory } from '../site/categories.ts';
import { getTheme } from '../site/themes.ts';
import { absoluteUrl, homeUrl } from '../site/urls.ts';
import type { CaseRecords } from './csl.ts';

const organization = (name: string | undefined) => name && { '@type': 'Organization', name };

export function caseJsonLd({ data, annotations }: Case, [page, report]: CaseRecords, site: URL | string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: page.title,
    description: page.abstract,
    url: page.URL,
    inLanguage: page.language,
    publisher: organization(page.publisher),
    isPartOf: { '@type': 'WebSite', name: page['container-title'], url: absoluteUrl(homeUrl(), site), publisher: organization(page.publisher) },
    about: {
      '@type': 'Place',
      name: data.place.name,
      address: { '@type': 'PostalAddress', addressRegion: data.place.region, addressCountry: data.place.country },
    },
    genre: getCategory(data.category).label,
    keywords: annotations.themes.map((theme) => getTheme(theme.id).label),
    ...(report && {
      isBasedOn: { '@type': 'WebPage', description: report.genre, url: report.URL, inLanguage: report.language, publisher: organization(report['container-title']) },
    }),
  };
}

/** `<` escaped, so no text can close the script element. */
export const serialiseJsonLd = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
