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

/** A stretch of text, and whether it is a hyphenated compound (`State-owned`) to keep on one line. */
export interface TextPart {
  text: string;
  compound: boolean;
}

/** Splits text around its hyphenated compounds: letters or digits on both sides of each hyphen. */
export function compoundParts(text: string): TextPart[] {
  return text
    .split(/([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+)/u)
    .map((part, index) => ({ text: part, compound: index % 2 === 1 }))
    .filter((part) => part.text !== '');
}
