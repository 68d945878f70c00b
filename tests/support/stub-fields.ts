/**
 * Every placeholder a `npm run new-case` stub holds, in the order the build names them:
 * the unit test of the stub and the build test of the script expect the same list.
 */
export const STUB_PLACEHOLDER_FIELDS = [
  'subtitle', 'place.name', 'place.region', 'place.country', 'place.level', 'summary',
  'source.url', 'source.publisher', 'source.published',
  'keyFigures[0].value', 'keyFigures[0].label', 'keyFigures[0].quote',
  'themes[0].id', 'themes[0].quote', 'terms[0].term', 'terms[0].explanation',
  'compare.organised[0]', 'compare.mechanisms[0]', 'compare.evaluation[0]', 'compare.digitalTools[0]',
  'body',
];
