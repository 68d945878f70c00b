import type { APIRoute } from 'astro';
import { BUILD_DATE } from '../../lib/build/build-date.ts';
import { collectionRecords } from '../../lib/cite/csl.ts';
import { referenceResponse } from '../../lib/cite/formats.ts';
import { getCases } from '../../lib/content/collection.ts';
import type { Case } from '../../lib/content/indexes.ts';

export async function getStaticPaths() {
  return (await getCases()).all.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

export const GET: APIRoute<{ entry: Case }> = ({ props, site }) => referenceResponse('ris', collectionRecords([props.entry], site!, BUILD_DATE));
