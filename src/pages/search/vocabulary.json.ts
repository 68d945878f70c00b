/** The names the search page offers for a near miss, fetched only after a search found nothing. */
import type { APIRoute } from 'astro';
import { getCases } from '../../lib/content/collection.ts';
import { formatPlace } from '../../lib/format/text.ts';
import { buildVocabulary } from '../../lib/search/suggest.ts';

export const GET: APIRoute = async () => {
  const cases = await getCases();
  const names = [
    ...cases.all.flatMap((entry) => [entry.data.title, formatPlace(entry.data.place)]),
    ...cases.glossary.map((entry) => entry.term),
  ];
  return Response.json(buildVocabulary(names));
};
