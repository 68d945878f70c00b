/** The site's name, its publisher, its public address and the facts about its source document, written once. */
export const SITE = {
  name: 'Cases of the Primary-level Party Building',
  /**
   * The public address the site is published at, e.g. `https://cases.example.org/`. None is
   * set: the project has not been given one yet. Until it is set here, a publishing build
   * needs it from `SITE_URL`, which overrides this in any case (src/lib/site/address.ts).
   */
  url: undefined as string | undefined,
  shortName: 'Party Building Cases',
  description:
    'Four case studies of primary-level Party building in China (urban, rural, emerging fields and state-owned enterprises), in full, with their sources.',
  /**
   * Who publishes the collection: its own editorial team, named plainly after the site, not
   * as an institution. Citations (as the site's owner and responsible party), JSON-LD
   * (`publisher`), the footer, About, the feed and the print sheet read it.
   */
  publisher: { name: 'Editors of Cases of the Primary-level Party Building' },
  /** The chapter the collection publishes, as the document titles it. */
  chapter: 'Chapter 3: Cases of the Primary-level Party Building',
  /** What a case page says where the document names no source. */
  noSourceStatement: 'The source document gives no source for this case.',
} as const;
