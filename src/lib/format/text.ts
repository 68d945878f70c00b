/** Text formats shared by pages, checks, exports and citations. */

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

/** Counts with the right noun: "1 case", "4 cases". */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** Collapses every run of white space so that line wrapping never decides a match. */
export const normaliseSpace = (value: string): string => value.replace(/\s+/g, ' ').trim();
