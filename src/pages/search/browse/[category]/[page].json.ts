/** A category's cases in chapter order, for a search without words. */
import type { GetStaticPaths } from 'astro';
import { getCases } from '../../../../lib/content/collection.ts';
import type { BrowsePage } from '../../../../lib/search/engine.ts';
import { RESULTS_PER_PAGE } from '../../../../lib/search/state.ts';
import { formatPlace } from '../../../../lib/format/text.ts';
import { CATEGORIES } from '../../../../lib/site/categories.ts';
import { caseUrl } from '../../../../lib/site/urls.ts';

export const getStaticPaths = (async () => {
  const { byCategory } = await getCases();
  return CATEGORIES.flatMap(({ id }) => {
    const cases = byCategory.get(id)!;
    return Array.from({ length: Math.ceil(cases.length / RESULTS_PER_PAGE) }, (_, index) => ({
      params: { category: id, page: String(index + 1) },
      props: {
        total: cases.length,
        cases: cases.slice(index * RESULTS_PER_PAGE, (index + 1) * RESULTS_PER_PAGE).map(({ id: slug, data }) => ({
          url: caseUrl(slug),
          title: data.title,
          subtitle: data.subtitle,
          place: formatPlace(data.place),
        })),
      } satisfies BrowsePage,
    }));
  });
}) satisfies GetStaticPaths;

export function GET({ props }: { props: BrowsePage }): Response {
  return Response.json(props);
}
