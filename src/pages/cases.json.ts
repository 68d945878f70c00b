import type { APIRoute } from 'astro';
import { getCaseIndex } from '../lib/cases';
import { toCasesJson } from '../lib/export';

export const GET: APIRoute = async () => {
  const index = await getCaseIndex();
  return new Response(toCasesJson(index.all), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
