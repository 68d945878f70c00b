/**
 * The themes across cases, written only here: each is said by two texts in their own words, but for
 * new employment groups and business work, the heart of one case each.
 */
import { defineVocabulary } from './vocabulary.ts';

export const THEMES = [
  {
    id: 'service-networks',
    label: 'Service networks and stations',
    description: 'Networks of service centres, stations and posts through which Party organisations serve residents and workers.',
  },
  {
    id: 'points-and-evaluation',
    label: 'Points, rankings and evaluation',
    description: 'Scores, points, rankings and indices by which Party members, organisations and the workers they serve are evaluated and rewarded.',
  },
  {
    id: 'service-teams',
    label: 'Volunteer and service teams',
    description: 'Named teams of Party members, residents or workers who serve and patrol.',
  },
  {
    id: 'digital-platforms',
    label: 'Digital platforms',
    description: 'Online platforms, intelligent monitoring and big data used in Party building work.',
  },
  {
    id: 'norms-and-lists',
    label: 'Norms, lists and standards',
    description: 'Written norms, lists and guidelines that set out what Party members and organisations should do.',
  },
  {
    id: 'joint-building',
    label: 'Joint building across organisations',
    description: 'Party organisations of different units, departments and levels working together in one area.',
  },
  {
    id: 'grassroots-governance',
    label: 'Taking part in governance',
    description: 'Party members, residents and workers drawn into the governance of their community or village.',
  },
  {
    id: 'new-employment-groups',
    label: 'New employment groups',
    description: 'Party building among new business formats and new employment groups, such as express and delivery workers.',
  },
  {
    id: 'party-building-and-business',
    label: 'Party building and business work',
    description: 'Party building planned from the perspective of an enterprise’s business, and business problems solved through it.',
  },
] as const;

export type Theme = (typeof THEMES)[number];
export type ThemeId = Theme['id'];

const themes = defineVocabulary(THEMES, 'theme');

export const THEME_IDS = themes.ids;
export const getTheme = themes.get;
export const isThemeId = themes.has;
