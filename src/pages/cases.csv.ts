import type { APIRoute } from 'astro';
import { getCaseIndex, getSourceChecks } from '../lib/content/collection.ts';
import { toCasesCsv } from '../lib/data/export.ts';

export const GET: APIRoute = async () => {
  const index = await getCaseIndex();
  return new Response(toCasesCsv(index.all, await getSourceChecks()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
