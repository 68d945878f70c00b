/** Text formats shared by pages, checks, exports and citations (the words themselves are in site/words.ts). */

/** A place as a case names it (the schema's `place`, without its level). */
export interface PlaceName {
  name: string;
  region: string;
  country: string;
}

/** "Baotou, Inner Mongolia, China": the place line shown under a case. */
export function formatPlace(place: PlaceName): string {
  return [place.name, place.region, place.country].join(', ');
}

/** Collapses every run of white space so that line wrapping never decides a match. */
export const normaliseSpace = (value: string): string => value.replace(/\s+/g, ' ').trim();
