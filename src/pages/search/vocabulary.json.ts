/**
 * `/search/vocabulary.json`: the words of the collection's own names (case titles, places,
 * glossary terms) that the search page offers for a near miss ("Did you mean Guangchang?").
 * Fetched only after a search found nothing, so it costs the search page nothing.
 */
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
  return new Response(JSON.stringify(buildVocabulary(names)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
