import type { APIRoute } from 'astro';
import { BUILD_DATE } from '../lib/build/build-date.ts';
import { collectionRecords } from '../lib/cite/csl.ts';
import { referenceResponse } from '../lib/cite/formats.ts';
import { getCases } from '../lib/content/collection.ts';

export const GET: APIRoute = async ({ site }) => referenceResponse('ris', collectionRecords((await getCases()).all, site!, BUILD_DATE));
