/** The site's name and the facts about its source document, written once. */
export const SITE = {
  name: 'Cases of the Primary-level Party Building',
  shortName: 'Party Building Cases',
  description:
    'Four case studies of primary-level Party building in China (urban, rural, emerging fields and state-owned enterprises), in full, with their sources.',
  /** The chapter the collection publishes, as the document titles it. */
  chapter: 'Chapter 3: Cases of the Primary-level Party Building',
  /** What a case page says where the document names no source. */
  noSourceStatement: 'The source document gives no source for this case.',
} as const;
