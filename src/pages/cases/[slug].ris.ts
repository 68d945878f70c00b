import type { APIRoute } from 'astro';
import { BUILD_DATE } from '../../lib/build/build-date.ts';
import { collectionRecords } from '../../lib/cite/case-citations.ts';
import { referenceResponse } from '../../lib/cite/formats.ts';
import { getCaseIndex, type CaseEntry } from '../../lib/content/collection.ts';

export async function getStaticPaths() {
  return (await getCaseIndex()).all.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

export const GET: APIRoute<{ entry: CaseEntry }> = ({ props, site }) =>
  referenceResponse('ris', collectionRecords([props.entry], site!, BUILD_DATE));
