/**
 * Synthetic cases for `npm run bench` and the list-page test: cases as editors write them, in the
 * chapter's vocabulary about invented places, marked with every content component, so the site
 * derives from them what it derives from real ones. The same seed gives the same files.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { mersenne } from 'pure-rand/generator/mersenne';
import { stringify } from 'yaml';
import { CATEGORY_IDS, type CategoryId } from '../src/lib/site/categories.ts';
import type { ThemeId } from '../src/lib/site/themes.ts';

type Random = () => number;
const createRandom = (seed: number): Random => {
  const generator = mersenne(seed);
  return () => uniformFloat64(generator);
};
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
/** `count` different items, in random order. */
function pickSome<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  return Array.from({ length: count }, () => pool.splice(Math.floor(random() * pool.length), 1)[0]);
}
const between = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

const REGIONS = [
  'Anhui', 'Fujian', 'Gansu', 'Guangdong', 'Guizhou', 'Hebei', 'Heilongjiang', 'Henan', 'Hubei', 'Hunan', 'Inner Mongolia',
  'Jiangsu', 'Jiangxi', 'Jilin', 'Liaoning', 'Ningxia', 'Qinghai', 'Shaanxi', 'Shandong', 'Shanxi', 'Sichuan', 'Yunnan',
];
/** Syllables of invented place names ("Lianshan", "Qingfeng"), so no case reads as a claim about a real place. */
const SYLLABLES = [
  'an', 'bai', 'chang', 'dong', 'feng', 'fu', 'gao', 'he', 'hong', 'hua', 'jin', 'kang', 'lian', 'lin', 'long', 'ming',
  'ning', 'ping', 'qing', 'rui', 'shan', 'shui', 'tai', 'tian', 'wen', 'xin', 'yang', 'yong', 'yu', 'ze', 'zhong',
];
const SECTORS = ['Power Grid', 'Rail Transit', 'Water Group', 'Steel', 'Grain Reserve', 'Port Group'];
const LEVELS: Record<CategoryId, readonly ('city' | 'district' | 'county' | 'enterprise')[]> = {
  urban: ['city', 'district'],
  rural: ['county', 'district'],
  'emerging-fields': ['county', 'city', 'district'],
  'state-owned-enterprises': ['enterprise'],
};
const SUBTITLES: Record<CategoryId, readonly string[]> = {
  urban: ['Upgrading Party and Mass Services to New Levels', 'Building a 15-minute Service Circle'],
  rural: ['List-based Management of Rural Party Members', 'Points-based Evaluation of Party Members'],
  'emerging-fields': ['Exploring Effective Party Building Paths', 'Party Building for New Employment Groups'],
  'state-owned-enterprises': ['Integrating Party Building with Business Work', 'Pioneer Teams for Major Projects'],
};
const ACTORS: Record<CategoryId, readonly string[]> = {
  urban: ['community party organizations', 'street party working committees', 'residents’ committees', 'in-service party members'],
  rural: ['village party branches', 'rural party members', 'township party committees', 'first secretaries stationed in villages'],
  'emerging-fields': ['delivery riders', 'online ride-hailing drivers', 'courier companies', 'platform enterprises'],
  'state-owned-enterprises': ['party members on the front line', 'grassroots party branches', 'pioneer teams', 'project departments'],
};
const MECHANISMS = [
  'a positive and negative list management system', 'a system of part-time committee members',
  'the “dual reporting, dual service” working mechanism', 'a joint party committee for the whole street area',
  'a four-level party and mass service network', 'regular heart-to-heart talks with grassroots members',
  'a coordination mechanism between departments and industry associations', 'a grid-based management system for every building',
  'a monthly theme party day', 'public service commitments by party members', 'a red property management alliance',
];
const SERVICES = [
  'convenient hairdressing', 'home appliance maintenance', 'holiday public welfare care', 'love canteens for the elderly',
  'youth night schools', 'legal advice', 'health therapy rooms', 'charging points for electric bicycles',
  'rest stations with drinking water', 'skills training', 'employment referrals', 'after-school care for children',
  'free medical check-ups', 'mediation of neighbourhood disputes', 'policy consultation', 'e-commerce training',
  'agricultural technology guidance', 'psychological counselling', 'reading corners', 'safety inspections',
];
const OUTCOMES = [
  'residents’ sense of gain, happiness, and security', 'the cohesion of grassroots party organizations',
  'the exemplary role of party members', 'the efficiency of public services',
];
const FIELDS = ['governance', 'services', 'production', 'emergency response', 'rural revitalization'];
/** What a number counts, with the verb the text uses for it. */
const UNITS = [
  ['set up', 'party and mass service stations'], ['organized', 'volunteer teams'], ['opened', 'service points'],
  ['trained', 'party members'], ['resolved', 'issues raised by residents'], ['visited', 'households'],
] as const;
/** Kinds of local programmes; each case names its own ("Qingfeng Post Stations"), a glossary term. */
const PROGRAMMES = ['Post Stations', 'Night Schools', 'Patrol Teams', 'Service Corridors', 'Warm Homes', 'Pioneer Posts'];
/** Evaluation slogans; a few cases quote one, so a glossary entry may list hundreds of cases. */
const SLOGANS = [
  'monthly scores, quarterly rankings, and annual evaluation', 'one branch, one method', 'points for service, honour for points',
  'one member, one post', 'two lists, one evaluation', 'three reviews, one ranking',
];

/** Which theme a sentence shows, read from its words, so a theme marks only sentences that say it. */
const THEME_PHRASES: readonly [ThemeId, RegExp][] = [
  ['service-networks', /service network|service stations|service points|Post Stations|Service Corridors/],
  ['points-and-evaluation', /scores|points/],
  ['service-teams', /volunteer teams|Patrol Teams|pioneer teams/],
  ['digital-platforms', /Online/],
  ['norms-and-lists', /list management system/],
  ['joint-building', /joint party committee|coordination mechanism|dual reporting/],
  ['grassroots-governance', /role in governance|problems raised by the masses|issues raised by residents/],
  ['new-employment-groups', /delivery riders|ride-hailing drivers|courier companies/],
  ['party-building-and-business', /role in production/],
];

/** Most of each kind of mark one case makes: about as many as a real case has. */
const MOST = { KeyFigure: 6, Compare: 12, Term: 8 };

function placeName(random: Random): string {
  const word = Array.from({ length: between(random, 2, 3) }, () => pick(random, SYLLABLES)).join('');
  return word[0].toUpperCase() + word.slice(1);
}

/** Writes one case's marks, counting them so none goes past MOST and no term is explained twice. */
function marker(random: Random) {
  const themes: ThemeId[] = [];
  const terms = new Set<string>();
  const counts = { KeyFigure: 0, Compare: 0, Term: 0 };
  const mark = (name: keyof typeof MOST, attribute: string, words: string): string => {
    if (counts[name] >= MOST[name]) return words;
    counts[name] += 1;
    return `<${name} ${attribute}>${words}</${name}>`;
  };
  return {
    themes,
    terms,
    figure: (label: string, words: string) => mark('KeyFigure', `label="${label}"`, words),
    compare: (row: string, words: string) => mark('Compare', `row="${row}"`, words),
    term(words: string, explanation: string): string {
      if (terms.has(words)) return `<Term>${words}</Term>`;
      if (counts.Term >= MOST.Term) return words;
      terms.add(words);
      return mark('Term', `explanation="${explanation}"`, words);
    },
    /** The sentence, marked as showing the first theme it shows that the case has not marked yet, half the time. */
    sentence(marked: string): string {
      const plain = marked.replace(/<[^>]+>/g, '');
      const theme = THEME_PHRASES.find(([id, phrase]) => phrase.test(plain) && !themes.includes(id))?.[0];
      if (!theme || random() < 0.5) return marked;
      themes.push(theme);
      return `<Theme id="${theme}">${marked}</Theme>`;
    },
  };
}
type Text = ReturnType<typeof marker>;

interface Repertoire {
  services: readonly string[];
  mechanisms: readonly string[];
  outcomes: readonly string[];
  /** Not every case evaluates by points, or has a platform of its own. */
  slogan?: string;
  platform?: string;
}

/** One sentence of a case about `place`. */
function sentence(random: Random, text: Text, category: CategoryId, place: string, { services, mechanisms, outcomes, slogan, platform }: Repertoire): string {
  const actor = pick(random, ACTORS[category]);
  const count = (min: number, max: number) => between(random, min, max).toLocaleString('en-US');
  const templates: (() => string)[] = [
    () => {
      const [verb, unit] = pick(random, UNITS);
      return `Relying on ${text.compare('mechanisms', pick(random, mechanisms))}, ${place} has mobilized ${text.compare('organised', actor)} and ${verb} ${text.figure(`${unit} (${verb})`, count(3, 120_000))} ${unit}, which has improved ${pick(random, outcomes)}.`;
    },
    () => {
      const [first, second] = pickSome(random, services, 2);
      const programme = `${placeName(random)} ${pick(random, PROGRAMMES)}`;
      const explained = text.term(programme, `Sites created by ${actor} in ${place}, where ${first} and ${second} are offered close to home.`);
      return `The organization department has guided ${actor} to create ${text.figure('local programme sites created', count(2, 400))} “${explained}”, where ${first} and ${second} are offered close to home.`;
    },
    () => {
      const [first, second, third] = pickSome(random, services, 3);
      // Now and then the editors mark words the report repeats, as the real cases' [sic].
      const offered = random() < 0.1 ? `<EditorsNote note="[sic] The report names this service twice; the text is left as it stands.">${first} and ${first}</EditorsNote>` : `${first}, ${second}`;
      return `Focusing on the diverse needs of the masses, ${actor} have provided ${offered} and ${third}, and established service guidance maps.`;
    },
    () => `${place} has explored ${text.compare('mechanisms', pick(random, mechanisms))}, encouraging ${actor} to take the lead and to play their exemplary role in ${pick(random, FIELDS)}.`,
    () => `Since ${between(random, 2018, 2024)}, ${actor} have carried out ${text.figure('services carried out', `more than ${count(10, 9_000)}`)} services and solved the problems raised by the masses one by one.`,
    () => `A sound operational mechanism has been established, and ${pick(random, mechanisms)} is comprehensively promoted, so that ${pick(random, outcomes)} keeps growing.`,
    ...(slogan
      ? [() => `${place} evaluates ${text.compare('organised', actor)} through ${text.compare('evaluation', `“${text.term(slogan, `How ${place} evaluates ${actor}, by the points each has accumulated.`)}”`)}, and those with the most points are named “vanguard”.`]
      : []),
    ...(platform
      ? [() => `A dedicated column for ${actor} has been launched on the ${text.compare('digitalTools', `“${text.term(platform, `The platform on which ${place} launched a column for ${actor}.`)}” platform`)}, through which ${count(20, 20_000)} requests have been handled.`]
      : []),
  ];
  return text.sentence(pick(random, templates)());
}

export interface GeneratedCase {
  slug: string;
  category: CategoryId;
  order: number;
  /** The themes its text marks, and the terms it explains. */
  themes: ThemeId[];
  terms: string[];
  /** The whole file: frontmatter, then the text. */
  source: string;
}

/** The `order`-th case (from 1); it depends only on the seed and its order. */
export function generateCase(order: number, seed = 1): GeneratedCase {
  const random = createRandom(seed * 1_000_003 + order);
  const category = CATEGORY_IDS[(order - 1) % CATEGORY_IDS.length];
  const region = pick(random, REGIONS);
  const level = pick(random, LEVELS[category]);
  const base = placeName(random);
  const name = level === 'enterprise' ? `${base} ${pick(random, SECTORS)} Company` : `${base} ${{ city: 'City', district: 'District', county: 'County' }[level]}`;
  const repertoire = {
    services: pickSome(random, SERVICES, between(random, 3, 5)),
    mechanisms: pickSome(random, MECHANISMS, between(random, 2, 3)),
    outcomes: pickSome(random, OUTCOMES, 2),
    slogan: random() < 0.3 ? pick(random, SLOGANS) : undefined,
    platform: random() < 0.3 ? `${base} Online` : undefined,
  };
  const text = marker(random);
  // The last paragraph overshoots the target by at most a few hundred words: texts stay within 300–3,000.
  const targetWords = between(random, 300, 2_600);
  const paragraphs: string[] = [];
  for (let words = 0; words < targetWords; ) {
    const paragraph = Array.from({ length: between(random, 3, 6) }, () => sentence(random, text, category, name, repertoire)).join(' ');
    paragraphs.push(paragraph);
    words += paragraph.replace(/<[^>]+>/g, '').split(/\s+/).length;
  }
  const pad = (value: number) => String(value).padStart(2, '0');
  const [year, month, day] = [between(random, 2021, 2025), between(random, 1, 12), between(random, 1, 28)];
  const summary = `${name} in ${region}: ${paragraphs[0].replace(/<[^>]+>/g, '').split('. ')[0]}.`;
  const data = {
    title: `${name}, ${region}`,
    subtitle: pick(random, SUBTITLES[category]),
    category,
    order,
    place: { name, region, country: 'China', level },
    summary: summary.length > 300 ? `${summary.slice(0, 296).trimEnd()} …` : summary,
    ...(random() > 0.2 && {
      source: {
        // example.com is reserved for examples: no generated link points at a real report.
        url: `https://example.com/reports/${year}/${pad(month)}${pad(day)}/case-${order}.html`,
        publisher: pick(random, ['People’s Daily Online', 'Xinhua']),
        published: random() > 0.3 ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`,
      },
    }),
  };
  const source = `---\n${stringify(data, { lineWidth: 0 })}---\n\n${paragraphs.join('\n\n')}\n`;
  return { slug: `${base.toLowerCase()}-${level}-${order}`, category, order, themes: text.themes, terms: [...text.terms], source };
}

/** Empties `folder` of earlier `.mdx` files and writes `count` cases into it; returns them. */
export function generateCases(folder: string, count: number, seed = 1): GeneratedCase[] {
  mkdirSync(folder, { recursive: true });
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.mdx'))) rmSync(join(folder, name));
  const cases = Array.from({ length: count }, (_, index) => generateCase(index + 1, seed));
  for (const { slug, source } of cases) writeFileSync(join(folder, `${slug}.mdx`), source);
  return cases;
}
