import type { APIRoute } from 'astro';
import { getCases, getSourceChecks } from '../lib/content/collection.ts';
import { toCasesCsv } from '../lib/data/export.ts';

export const GET: APIRoute = async () => {
  const index = await getCases();
  return new Response(toCasesCsv(index.all, await getSourceChecks()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
