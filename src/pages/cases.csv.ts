import type { APIRoute } from 'astro';
import { getCaseIndex } from '../lib/cases';
import { toCasesCsv } from '../lib/export';

export const GET: APIRoute = async () => {
  const index = await getCaseIndex();
  return new Response(toCasesCsv(index.all), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
