/** The whole collection for reference managers: /cases.ris, /cases.bib, /cases.csl.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { BUILD_DATE } from '../lib/build/build-date.ts';
import { collectionRecords } from '../lib/cite/csl.ts';
import { REFERENCE_FORMATS, referenceResponse } from '../lib/cite/formats.ts';
import { getCases } from '../lib/content/collection.ts';

export const getStaticPaths = (() => Object.keys(REFERENCE_FORMATS).map((format) => ({ params: { format } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  referenceResponse(params.format as keyof typeof REFERENCE_FORMATS, collectionRecords((await getCases()).all, site!, BUILD_DATE));
