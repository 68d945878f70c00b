/**
 * The item Zotero's Embedded Metadata translator (with the RDF translator it calls) makes of a page, by the
 * rules a page of this site can meet, run in the page: written from the translators' rules, not copied.
 */
export interface ZoteroItem {
  itemType: string | undefined;
  title?: string;
  websiteTitle?: string;
  date?: string;
  publisher?: string;
  url?: string;
  language?: string;
  abstractNote?: string;
  creators: string[];
}

/** For `page.evaluate`: self-contained, it reads the document it runs in. */
export function zoteroItem(): ZoteroItem {
  const prefixes: Record<string, string> = {
    dc: 'http://purl.org/dc/elements/1.1/',
    dcterms: 'http://purl.org/dc/terms/',
    og: 'http://ogp.me/ns#',
    article: 'http://ogp.me/ns/article#',
  };
  for (const link of document.querySelectorAll('link[rel^="schema."]')) {
    prefixes[link.getAttribute('rel')!.slice('schema.'.length).toLowerCase()] = link.getAttribute('href')!;
  }
  const rdf = new Map<string, string>();
  const highwire = new Map<string, string>();
  for (const meta of document.querySelectorAll('meta')) {
    const name = meta.getAttribute('name') ?? meta.getAttribute('property');
    const value = meta.getAttribute('content');
    if (!name || !value) continue;
    const [prefix, ...rest] = name.split(/[.:_]/);
    const namespace = prefixes[prefix.toLowerCase()];
    if (namespace) {
      const property = name.slice(prefix.length + 1);
      const key = namespace + property.charAt(0).toLowerCase() + property.slice(1);
      if (!rdf.has(key)) rdf.set(key, value);
    } else if (rest.length && name.includes('citation_')) {
      const short = name.slice(name.lastIndexOf('citation_'));
      if (!highwire.has(short)) highwire.set(short, value);
    }
  }
  const dc = (property: string) => rdf.get(prefixes.dc + property) ?? rdf.get(prefixes.dcterms + property);
  const og = (property: string) => rdf.get(prefixes.og + property);

  const decided = (
    [
      ['citation_journal_title', 'journalArticle'],
      ['citation_technical_report_institution', 'report'],
      ['citation_conference_title', 'conferencePaper'],
      ['citation_conference', 'conferencePaper'],
      ['citation_book_title', 'bookSection'],
      ['citation_inbook_title', 'bookSection'],
      ['citation_dissertation_institution', 'thesis'],
    ] as const
  ).find(([tag]) => highwire.has(tag))?.[1];
  const guessed = highwire.has('citation_isbn') ? 'book' : highwire.has('citation_title') || highwire.has('citation_series_title') ? 'journalArticle' : undefined;
  const ogType = ({ website: 'webpage', book: 'book', 'video.movie': 'videoRecording', 'music.song': 'audioRecording' } as Record<string, string>)[og('type') ?? ''];
  const dcType = ({ webpage: 'webpage', homepage: 'webpage', article: 'journalArticle', journalarticle: 'journalArticle', book: 'book', report: 'report', thesis: 'thesis' } as Record<string, string>)[
    (dc('type') ?? '').toLowerCase().replace(/\s/g, '')
  ];
  // With RDF tags present, a Highwire guess comes before og:type article's own guess, and "webpage" is the fallback.
  const itemType = rdf.size ? (decided ?? ogType ?? dcType ?? guessed ?? 'webpage') : (decided ?? guessed);

  const firstTime = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const bylines = document.querySelectorAll('.byline, .bylines, .vcard, .article-byline, [class*="byline" i], [class*="vcard" i], a[rel="author"]');
  const creators = [
    ...[...document.querySelectorAll('meta[name$="citation_author"], meta[name$="citation_authors"]')].map((meta) => meta.getAttribute('content')!),
    ...(dc('creator') ? [dc('creator')!] : []),
    ...[...document.querySelectorAll('meta[name="author" i]')].map((meta) => meta.getAttribute('content')!),
    ...[...bylines].map((element) => (element as HTMLElement).innerText.trim()).filter(Boolean),
  ];
  const websiteTitle = dc('source') ?? (['webpage', 'blogPost', 'newspaperArticle'].includes(itemType ?? '') ? og('site_name') : undefined);
  return {
    itemType,
    title: highwire.get('citation_title') ?? dc('title') ?? og('title') ?? document.title,
    websiteTitle,
    date:
      highwire.get('citation_publication_date') ??
      highwire.get('citation_cover_date') ??
      highwire.get('citation_date') ??
      og('published_time') ??
      rdf.get(prefixes.article + 'published_time') ??
      dc('date') ??
      highwire.get('citation_online_date') ??
      highwire.get('citation_year') ??
      firstTime,
    publisher: highwire.get('citation_publisher') ?? dc('publisher'),
    url: highwire.get('citation_public_url') ?? og('url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? location.href,
    language: highwire.get('citation_language') ?? dc('language') ?? document.documentElement.lang,
    abstractNote: highwire.get('citation_abstract') ?? og('description') ?? dc('description') ?? document.querySelector('meta[name="description" i]')?.getAttribute('content') ?? undefined,
    creators,
  };
}
