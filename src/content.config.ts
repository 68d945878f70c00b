/**
 * Content collections. The one collection, `cases`, is the chapter's case
 * studies; its schema (with a JSDoc line per field) is in `src/lib/case-schema.ts`.
 */
import { defineCollection } from 'astro:content';
import { caseSchema } from './lib/case-schema';
import { casesLoader } from './lib/cases-loader';

export const collections = {
  cases: defineCollection({ loader: casesLoader(), schema: caseSchema }),
};
