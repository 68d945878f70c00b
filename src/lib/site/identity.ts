/** The site's identity, written once. */
export const SITE = {
  name: 'Cases of the Primary-level Party Building',
  /** The public address, e.g. `https://cases.example.org/`: none has been given yet; `SITE_URL` overrides it. */
  url: undefined as string | undefined,
  /** Citation keys are made from it ("PartyBuildingCases:baotou"). */
  shortName: 'Party Building Cases',
  description:
    'Four case studies of primary-level Party building in China (urban, rural, emerging fields and state-owned enterprises), in full, with their sources.',
  /** Its own editorial team, named plainly after the site, not as an institution. */
  publisher: { name: 'Editors of Cases of the Primary-level Party Building' },
  chapter: 'Chapter 3: Cases of the Primary-level Party Building',
} as const;
