/**
 * Every word the interface shows, in one place: components, layouts, pages and page scripts
 * read them from here and write none of their own (tests/unit/words.test.ts holds them to
 * it). The content (the cases, the categories and themes, the site's identity) brings its
 * own words. A change of wording is made here once; a second language is a second module
 * of the same shape. Each group is its own export, so a page script bundles only the words
 * it uses.
 *
 * A sentence with a link in it is split around the link: `{ before, link, after }`.
 */

/** A sentence around a link: the page writes `before`, then `link` as the link's text, then `after`. */
export interface Linked {
  before: string;
  link: string;
  after: string;
}

const plural = (count: number, one: string, other: string) => `${count} ${count === 1 ? one : other}`;

/** Counts with the right noun. */
export const countWords = {
  cases: (count: number) => plural(count, 'case', 'cases'),
  caseStudies: (count: number) => plural(count, 'case study', 'case studies'),
  results: (count: number) => plural(count, 'result', 'results'),
  terms: (count: number) => plural(count, 'programme name or slogan', 'programme names and slogans'),
};

/** What every page carries: skip link, header, breadcrumb, footer, feed. */
export const chromeWords = {
  skipLink: 'Skip to content',
  mainNavigation: 'Main',
  /** The button that opens the navigation on a phone. */
  menu: 'Menu',
  themes: 'Themes',
  compare: 'Compare',
  glossary: 'Glossary',
  about: 'About',
  home: 'Home',
  breadcrumb: 'Breadcrumb',
  search: 'Search',
  searchTheCases: 'Search the cases',
  /** The feed's name in a page's <head>. */
  feedTitle: (siteName: string) => `${siteName}: newest cases`,
  footerTexts: (publisher: string, chapter: string) =>
    `Published by ${publisher}. Texts: ${chapter}. Each case links to its original report where the document names one.`,
  footerAbout: 'About the collection and how to cite it',
  footerJson: 'All cases as data (JSON)',
  footerCsv: 'All cases as a spreadsheet (CSV)',
  footerFeed: 'RSS feed',
  footerAccessibility: 'Accessibility',
  /** Said after a link that leaves the site, for screen readers. */
  externalSite: ' (external site)',
};

/** Lists of cases: counts, pages of a long list, the link to all of a category. */
export const listWords = {
  /** "Urban Party Building, page 2 of 7": a page's title after the list's first page. */
  pagedTitle: (title: string, page: number, pages: number) => `${title}, page ${page} of ${pages}`,
  /** "; 21–40 on this page", after a list's count where the list has more than one page. */
  onThisPage: (first: number, last: number) => `; ${first}–${last} on this page`,
  inChapterOrder: ', in chapter order',
  allOfCategory: (count: number, label: string) => `All ${count} ${label} cases`,
  /** The pagination bar. */
  pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
  previous: '‹ Previous',
  next: 'Next',
  /** Heard after "Previous" and "Next", and before a page number. */
  pageAfter: ' page',
  pageBefore: 'Page ',
  pagesOf: (heading: string) => `Pages of ${heading}`,
};

/** The case page. */
export const caseWords = {
  citeThisCase: 'Cite this case',
  printThisCase: 'Print this case',
  place: 'Place',
  source: 'Source',
  theCase: 'The case',
  keyFigures: 'Key figures',
  whereTheTextSaysSo: 'Where the text says so',
  themes: 'Themes',
  allThemes: { before: '', link: 'All themes', after: ' show each case with the sentence of its text behind the theme.' } satisfies Linked,
  relatedCases: 'Related cases',
  shares: 'Shares:',
  previousAndNext: 'Previous and next case',
  previousCase: 'Previous case',
  nextCase: 'Next case',
  readTheOriginalReport: 'Read the original report',
  /** Where the document names no source for a case. */
  noSource: 'The source document gives no source for this case.',
};

/** "Cite this case": the citations, their copy buttons, paragraphs, files for reference managers. */
export const citeWords = {
  heading: 'Cite this case',
  /** Without JavaScript: around the date of access, the build date. */
  accessedBuilt: {
    before: 'The dates of access below are ',
    after: ', the day this site was last built: change them to the day you read the case.',
  },
  /** With JavaScript, which puts in the reader's own day. */
  accessedToday: 'The dates of access below are today’s, by your device’s clock.',
  entries:
    'APA gives none, since the page is not designed to change. Where the case comes from a published report, each style cites that report as its own entry.',
  /** The styles' names for people. */
  styles: {
    apa: 'APA (7th edition)',
    'chicago-note': 'Chicago (17th edition), note',
    'chicago-bibliography': 'Chicago (17th edition), bibliography',
    gbt7714: 'GB/T 7714-2015',
    biblatex: 'BibLaTeX',
    bibtex: 'BibTeX',
  },
  copy: 'Copy',
  /** What a copy button copies, as its status line names it: "APA (7th edition) citation". */
  what: (style: string) => `${style} citation`,
  /** Heard after "Copy". */
  copyWhat: (style: string) => ` the ${style} citation`,
  paragraphHeading: 'Cite one paragraph',
  /** Around an example in LaTeX. */
  paragraphHow: {
    before:
      'Each paragraph of the case has its number in the margin (¶ 1, ¶ 2 …), a link to the paragraph itself. Cite it by that number and address: “para. 3” in APA’s text citation, “par. 3” in a Chicago note; GB/T 7714 gives the paragraph’s address; in LaTeX, ',
    code: '\\autocite[para.~3]{key}',
    after: '.',
  },
  paragraphChoice: 'The Cite button beside each number copies a citation of that paragraph, in',
  /** The styles a paragraph can be cited in, as the chooser names them. */
  paragraphStyles: {
    apa: 'APA, in the text',
    'chicago-note': 'Chicago, note',
    gbt7714: 'GB/T 7714-2015',
    biblatex: 'BibLaTeX, \\autocite',
  },
  /** What a paragraph's Cite button copies, as its status line names it. */
  paragraphWhat: (number: string) => `Citation of paragraph ${number}`,
  /** Where the Clipboard API is missing: the citation is shown for the reader to copy. */
  paragraphShown: (what: string, text: string) => `${what}: ${text}`,
  filesHeading: 'For reference managers',
  files:
    'Zotero, Mendeley and similar tools read this page’s own citation data. Or download it (the date of access in these files is the day the site was built):',
  thisCase: 'This case: ',
  everyCase: 'Every case: ',
  ris: 'RIS',
  bib: 'BibLaTeX (.bib)',
  cslJson: 'CSL-JSON',
};

/** Each paragraph's number and Cite button, set before its text. */
export const pinWords = {
  /** Heard in place of the ¶ sign. */
  paragraph: 'Paragraph',
  cite: 'Cite',
  /** Heard after "Cite". */
  citeWhat: (number: number) => ` paragraph ${number}`,
};

/** Words the editors add beside the document's, labelled as theirs. */
export const editorsWords = {
  /** The label before each kind of the editors' text. */
  labels: {
    summary: 'Editors’ summary',
    description: 'Editors’ description',
    explanation: 'Editors’ explanation',
    note: 'Editors’ note',
  },
  notesHeading: 'Notes on the text',
};

/** What a case says about its source beyond the link: how its publisher was named, its copies, its last check. */
export const sourceWords = {
  attributed: ' (publisher named by the editors from the address)',
  archivedCopy: 'Archived copy',
  searchArchive: 'Search the Internet Archive for saved copies',
  /** The source link's last check, in the reader's words. */
  answers: (day: string) => `Link checked ${day}.`,
  redirected: (day: string, to: string | undefined) =>
    `Link checked ${day}: the original address now leads to ${to ?? 'another address'}.`,
  gone: (day: string, status: number | undefined) =>
    `The original page no longer answers (checked ${day}: not found, HTTP ${status ?? 404}).`,
  failing: (day: string, status: number | undefined) =>
    `The original page did not answer properly when checked on ${day} (HTTP ${status ?? 'error'}).`,
  unreachable: (day: string) => `The original site could not be reached when checked on ${day}.`,
};

/** The action buttons: print a page, copy a block of text. */
export const actionWords = {
  /** The status line after a copy: "APA (7th edition) citation copied." */
  copied: (what: string) => `${what} copied.`,
  /** Where the Clipboard API is missing: the text is selected for the reader to copy. */
  selected: (what: string) => `${what} selected: press Ctrl+C (⌘C on a Mac) to copy it.`,
};

/** A printed case: its print sheet and the page numbers in its margin. */
export const printWords = {
  category: 'Category',
  place: 'Place',
  source: 'Source',
  online: 'Online',
  citeAs: 'Cite as',
  publishedBy: 'Published by',
  qrCode: (url: string) => `QR code of this case’s address, ${url}`,
  /** The running footer, "Page 1 of 2": the words around the two numbers. */
  page: 'Page',
  of: 'of',
};

/** The home page. */
export const homeWords = {
  /** The home page's heading: what the reader finds here (the site's name is just above it, in the header). */
  heading: (caseStudies: string) => `${caseStudies} of Party building at the primary level`,
  lead: (caseStudies: string, chapter: string) =>
    `How is Party building organised at the primary level: in a city’s network of service stations, among the rural party members of a district’s 266 villages, among express and delivery workers, inside a state-owned power company? This site publishes the ${caseStudies} of “${chapter}”, in full, one for each setting.`,
  more: {
    before:
      'Each case gives its place, its key figures with the sentence that states them, and a link to the original report where the chapter names one. Read more ',
    link: 'about the source document and how to cite a case',
    after: '.',
  } satisfies Linked,
  searchLabel: 'Search the full text of every case',
};

/** A category page. */
export const categoryWords = {
  description: (title: string, cases: string, description: string) => `${title}: ${cases} in the chapter. ${description}`,
};

/** The themes pages. */
export const themeWords = {
  indexTitle: 'Themes across the cases',
  indexDescription:
    'Cross-cutting themes of the cases, from service networks to points-based evaluation, each with the cases that show it in their own words.',
  indexLead:
    'What the cases have in common, whatever their setting. Each case is filed under a theme only where a sentence of its own text shows it; a theme’s page quotes that sentence.',
  allShowingTheme: (count: number) => `All ${count} cases showing this theme`,
  title: (label: string) => `Theme: ${label}`,
  description: (title: string, cases: string, description: string) =>
    `${title}: ${cases}, each with the sentence of its text that shows the theme. ${description}`,
  count: (cases: string) => `${cases}, in chapter order, each with the sentence of its text that shows the theme`,
  none: 'No case shows this theme yet.',
  readItInTheCase: 'Read it in the case',
  paragraph: (number: number) => ` (paragraph ${number})`,
  pages: (label: string) => `Pages of the theme ${label}`,
};

/** The glossary. */
export const glossaryWords = {
  heading: 'Glossary',
  /** The glossary's title in the search results. */
  searchTitle: 'Glossary',
  title: 'Glossary of programme names and slogans',
  description: (title: string) =>
    `${title}, from the “15-minute convenient living circle” to the “Electric Mule”, each explained from the case text and linked to where it is used.`,
  descriptionTitle: 'The programme names and slogans the cases quote',
  lead: (terms: string, onThisPage: string) =>
    `The ${terms} the cases quote, alphabetically${onThisPage}. Each explanation says only what the case’s own text says about it; follow the link to read the term where it is used.`,
  /** A term as the glossary shows it, and as its search result names it. */
  quoted: (term: string) => `“${term}”`,
  in: 'In ',
  paragraph: (number: number) => `, paragraph ${number}`,
  pages: 'Pages of the glossary',
};

/** The comparison table. */
export const compareWords = {
  title: 'Compare the cases',
  /** Which cases a page sets side by side. */
  which: (first: number, last: number, total: number, paged: boolean) =>
    paged ? `Cases ${first}–${last} of ${total}, in chapter order,` : 'All cases',
  description: (which: string) =>
    `${which} side by side: category, place, who is organised, main mechanisms, incentives and evaluation, digital tools, key figures and source, in the cases’ own words.`,
  lead: (which: string) =>
    `${which} side by side. The rows on who is organised, mechanisms, evaluation and digital tools use the cases’ own phrases, copied word for word from their texts; where a text names nothing, the cell says so.`,
  scrollHint: 'On a narrow screen, scroll the table sideways; the row headings stay in view.',
  caption: 'The cases compared, one column each',
  category: 'Category',
  placeAndLevel: 'Place and level',
  organised: 'Who is organised',
  mechanisms: 'Main mechanisms',
  evaluation: 'Incentives and evaluation',
  digitalTools: 'Digital tools',
  notNamed: 'Not named in the text',
  keyFigures: 'Key figures',
  noneStated: 'None stated',
  source: 'Source',
  pages: 'Pages of the comparison',
};

/** The search page. */
export const searchWords = {
  title: 'Search',
  description:
    'Search the full text of every case for a phrase, number or name, narrow the results by category, and share the search as a link.',
  heading: 'Search the cases',
  formLabel: 'Search the full text',
  fieldLabel: (cases: string) => `Words, names or numbers from the texts of ${cases}`,
  button: 'Search',
  hint: 'Results follow your typing. Put words in quotes to find them as a phrase.',
  category: 'Category',
  allCategories: 'All categories',
  noScript: (browseSize: number) =>
    `Searching the full text needs JavaScript, which is off in this browser, so the words in this page’s address are neither searched nor shown in the field. The cases are listed below by category, up to ${browseSize} of each with a link to all of them; your browser’s find command (Ctrl+F or ⌘F) searches their titles.`,
  showMore: 'Show more results',
  tryOther: 'Try other or fewer words, or browse a category:',
  /** The result template's placeholder title, replaced by each result's. */
  result: 'Result',
};

/** What the search page's script announces; apart from the page's other words, which it never needs. */
export const searchStatusWords = {
  idle: 'Type words, names or numbers to search every case.',
  /** Shown the moment a search starts, until its outcome replaces it. */
  searching: 'Searching…',
  needsBuild:
    'Search needs a build: run `npm run build -- --local` once; the dev server then serves its index. The cases are listed below by category.',
  failed: 'Search could not be loaded. The cases are listed below by category.',
  /** The sentence announced after each search; `quoted` is the query as typed, in quotation marks. */
  inCategory: (label: string) => ` in ${label}`,
  browsing: (cases: string, where: string) => `${cases}${where}, in chapter order.`,
  nothing: (quoted: string, where: string) => `Nothing matches ${quoted}${where}.`,
  found: (results: string, count: number, quoted: string, where: string) =>
    `${results} ${count === 1 ? 'matches' : 'match'} ${quoted}${where}.`,
  quoted: (term: string) => `“${term}”`,
  cut: (length: number) => ` Only the first ${length} characters were searched: the query was cut at a word.`,
  inEnglish: ' The texts are in English: search for English words or names, or open a case from the list below.',
  /** Offered when nothing matches and a word is a near miss of a name in the collection. */
  didYouMean: 'Did you mean ',
  didYouMeanEnd: '?',
  /** After a search, the glossary's results, counted apart from the categories': with them they make "All". */
  glossaryCount: (count: number) => `Glossary (${count})`,
};

/** The about page. */
export const aboutWords = {
  title: 'About the collection',
  description: 'The source document, how the texts were edited, where each case comes from, how to cite a case, and the data file.',
  lead: (siteName: string, chapter: string) =>
    `${siteName} publishes the case studies of one document, “${chapter}”, so that they can be browsed by category, searched, printed and cited.`,
  sourceDocument: 'The source document',
  chapterPresents: (count: number) => `The chapter presents ${count} cases, one for each of its categories:`,
  chapterCases:
    'Each case names a place or an enterprise and what its Party organisations did there. Three of the cases end with the address of the report they were drawn from; the rural case names none.',
  publisherHeading: 'Who publishes it',
  publisher: (publisher: string) =>
    `The collection is published by its own editorial team, ${publisher}, not by the authors of the document or of the reports it draws on. Citations of a case page name the editors as the site’s owner or responsible party.`,
  editing: 'How the texts were edited',
  editingRules: [
    'Every paragraph is kept as the document writes it, with its spelling and punctuation.',
    'Paragraphs that the document’s page breaks split in the middle of a sentence are joined again.',
    'An obvious typo in the chapter’s list of categories (“TUrban”) is corrected.',
    'No fact, number, date or link is added to the case texts. Key figures carry the sentence that states them, verbatim.',
    'Dates of sources are read from their addresses; where only the month is known, only the month is shown.',
  ],
  editorsAddHeading: 'What the editors add',
  editorsAdd: 'Beside the document’s words the site sets words of its editors, and labels each as theirs:',
  editorsAddItems: [
    'the summary of each case, the descriptions of the categories and themes, and the glossary’s explanations, each marked “Editors’ summary”, “Editors’ description” or “Editors’ explanation”;',
    'the publishers of the original reports: the document gives only their addresses, so each publisher’s name is the editors’ reading of the address, and says so;',
    'notes on the text, such as a “[sic]” where the document slips, listed after the case and never changing it;',
    'the numbers of the paragraphs (¶ 1, ¶ 2 …), by which a paragraph can be cited, and the checks of the sources’ links.',
  ],
  sources: 'Sources',
  /** "3 of 4 cases name their original report". */
  sourcesNamed: (named: number, of: number) =>
    `${named} of ${plural(of, 'case', 'cases')} ${named === 1 || of === 1 ? 'names its' : 'name their'} original report`,
  sourcesWhere:
    '. A case’s page gives its source (the publisher, the date and a link to the original), and so does the case’s entry in its category’s list; where the document names no source, the page says so, and no link is made up. By category:',
  howToCite: 'How to cite',
  citing:
    'Cite a case by its page on this site and, where it has one, by its original report as its own entry. Each case page gives both in APA (7th edition), Chicago (17th edition, note and bibliography), GB/T 7714-2015, BibLaTeX and BibTeX, with the day you read it where JavaScript runs; every paragraph carries its number for citing it alone. A printed case carries its web address, a QR code of it and a citation.',
  /** A sentence with three links: the collection as RIS, BibLaTeX and CSL-JSON. */
  referenceFiles: {
    before:
      'For reference managers, each case page carries Highwire Press and Dublin Core metadata (Zotero, Mendeley and Google Scholar read them), and the whole collection is available as ',
    ris: 'RIS',
    biblatex: 'BibLaTeX',
    and: ' and ',
    cslJson: 'CSL-JSON',
    after: ', from one CSL-JSON record per case and one per original report.',
  },
  dataFiles: 'The data files',
  json: {
    before: 'The whole collection is available as ',
    after: ', generated from the same files as these pages. It holds one object, ',
  },
  jsonList: ', a list in chapter order. Each case has:',
  csv: {
    before: 'The same records, flattened to one row per case, are in ',
    after:
      ': UTF-8, a header row, fields quoted as RFC 4180 describes (a field holding a comma, a quotation mark or a line break is put in double quotes, its quotation marks doubled). A field that would begin with =, +, -, @, a tab or a carriage return, which a spreadsheet could run as a formula, begins with an apostrophe (\') and is quoted, as OWASP advises against CSV injection; /cases.json keeps every value exactly. Lists become one cell with one item per line. The columns are:',
  },
  stable: 'Fields may be added in future; none of these will be renamed or removed.',
  /** A sentence with two links: the feed, then the themes. */
  feedAndThemes: (feedSize: number) => ({
    before: 'New cases appear in the ',
    feed: 'RSS feed',
    between: `, which holds the ${feedSize} newest (those last in chapter order); the `,
    themes: 'themes',
    after: ' describe what each theme id means.',
  }),
};

/** The RSS feed's items. */
export const feedWords = {
  /** After an item's summary: " Source: People's Daily Online, 16 May 2025." */
  source: (publisher: string, date: string) => ` Source: ${publisher}, ${date}.`,
};

/** The page served for an unknown address. */
export const notFoundWords = {
  title: 'Page not found',
  description: 'There is no page at this address.',
  lead: 'There is no page at this address. It may have been mistyped, or the link that brought you here is wrong.',
  tryInstead: 'Try one of these instead:',
  allCases: 'All cases, by category',
  search: 'Search the full text',
};

/** The accessibility statement (/accessibility/). */
export const accessibilityWords = {
  title: 'Accessibility',
  description: 'The standard this site aims at, how every build is tested against it, and what it does not yet do.',
  lead: 'This site aims to be usable by everyone who reads it: on a phone or a large screen, by keyboard, with a screen reader, zoomed in, in a dark or light scheme, with or without JavaScript, and on paper.',
  standardHeading: 'The standard',
  standard: {
    before: 'The site aims to meet the ',
    link: 'Web Content Accessibility Guidelines (WCAG) 2.2',
    after: ' at level AA.',
  } satisfies Linked,
  testedHeading: 'How it is tested',
  tested:
    'Every build is checked before it is published, by tests that open the built pages in a real browser (Chromium). They visit every page the build writes, and a search with results:',
  gates: [
    'axe-core’s automated WCAG A and AA rules, with the target size of controls, in the light and in the dark colour scheme;',
    'a keyboard walk: every link, button and field is reached with the Tab key, in order, with a visible focus ring of at least 3:1 contrast; a skip link leads to the content;',
    'one level-1 heading a page and no skipped heading levels;',
    'browsing without JavaScript: every case is reached from the home page by links alone and read in full;',
    'reflow: at 320 CSS pixels wide and at 200% zoom no page scrolls sideways and no text overlaps;',
    'no motion when the reader’s system asks for reduced motion;',
    'the HTML of every page is valid (html-validate), so assistive technology reads what the browser shows.',
  ],
  pageKindsIntro: 'These are the kinds of page the tests visit:',
  /** The kinds of page, as the statement names them (src/lib/site/page-kinds.ts lists them). */
  pageKinds: {
    home: 'the home page',
    category: 'each category’s list of cases',
    case: 'each case',
    search: 'the search page',
    'search-results': 'the search page with results',
    themes: 'the list of themes',
    theme: 'each theme',
    glossary: 'the glossary',
    compare: 'the comparison of the cases',
    about: 'the page about the collection',
    accessibility: 'this statement',
    'not-found': 'the page for an unknown address',
  },
  limitsHeading: 'Known limits',
  limits: [
    'The automated tests find only some of the ways a page can fail; no person has yet tested the site with a screen reader, nor in browsers other than Chromium.',
    'Search needs JavaScript. Without it, every case is still reached by its category, theme and the glossary.',
    'Copying a citation with one button needs JavaScript; without it, the citations are text to select and copy.',
    'The texts are in English only, as the source document is; Chinese names are given in pinyin.',
    'In older browsers that cannot keep a disclosure open by style, the sections of the site sit behind the Menu button on large screens too.',
    'The site does not yet give an address to report a barrier to.',
  ],
};
