/** "Baotou, Inner Mongolia, China". */
export function formatPlace(place: { name: string; region: string; country: string }): string {
  return [place.name, place.region, place.country].join(', ');
}

/** Text split around its hyphenated compounds (`State-owned`), to keep each on one line. */
export function compoundParts(text: string): { text: string; compound: boolean }[] {
  return text
    .split(/([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+)/u)
    .map((part, index) => ({ text: part, compound: index % 2 === 1 }))
    .filter((part) => part.text !== '');
}
