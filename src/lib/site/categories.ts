/** The chapter's categories, in chapter order: the only place an id, label or heading is written. */
import { defineVocabulary } from './vocabulary.ts';

export const CATEGORIES = [
  {
    id: 'urban',
    label: 'Urban',
    heading: 'Urban Party Building',
    description: 'Party building in city communities: service centres, networks and residents.',
  },
  {
    id: 'rural',
    label: 'Rural',
    heading: 'Rural Party Building',
    description: 'Party building in villages: how rural Party members are organised and evaluated.',
  },
  {
    id: 'emerging-fields',
    label: 'Emerging Fields',
    heading: 'Party Building in Emerging Fields',
    description: 'Party building among new business formats and new employment groups.',
  },
  {
    id: 'state-owned-enterprises',
    label: 'State-owned Enterprises',
    heading: 'Party Building in State-owned Enterprises',
    description: 'Party building inside state-owned enterprises and their business work.',
  },
] as const;

export type Category = (typeof CATEGORIES)[number];
export type CategoryId = Category['id'];

const categories = defineVocabulary(CATEGORIES, 'category');

export const CATEGORY_IDS = categories.ids;
export const isCategoryId = categories.has;
export const getCategory = categories.get;
