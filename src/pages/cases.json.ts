import type { APIRoute } from 'astro';
import { getCases, getSourceChecks } from '../lib/content/collection.ts';
import { toCasesJson } from '../lib/data/export.ts';

export const GET: APIRoute = async () => {
  const index = await getCases();
  return new Response(toCasesJson(index.all, await getSourceChecks()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
