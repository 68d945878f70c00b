/**
 * Writes N synthetic but realistic cases into a folder, for `npm run bench`:
 *
 *   node scripts/generate-cases.ts <folder> <count> [seed]
 *
 * The texts are assembled from the chapter's own vocabulary (mechanisms, services,
 * groups of people) with invented place names, so no generated case can be
 * mistaken for a claim about a real county. Each case draws on a few services and
 * mechanisms of its own, as a real case does, so word frequencies (and with them the
 * search index) look like a real collection's. Lengths vary from 300 to 3,000 words,
 * all four categories occur, and every key figure, theme and glossary term is
 * backed by a sentence of its text verbatim, so the files pass the same schema and
 * checks as real cases (and theme pages and the glossary grow as they would).
 * The same seed always gives the same files.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { CATEGORY_IDS, type CategoryId } from '../src/lib/site/categories.ts';
import type { ThemeId } from '../src/lib/site/themes.ts';

/** mulberry32: small, fast and good enough to vary synthetic text reproducibly. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
/** `count` different items, in random order. */
function pickSome<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  return Array.from({ length: count }, () => pool.splice(Math.floor(random() * pool.length), 1)[0]);
}
const between = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

const REGIONS = [
  'Anhui', 'Fujian', 'Gansu', 'Guangdong', 'Guizhou', 'Hebei', 'Heilongjiang', 'Henan', 'Hubei',
  'Hunan', 'Inner Mongolia', 'Jiangsu', 'Jiangxi', 'Jilin', 'Liaoning', 'Ningxia', 'Qinghai',
  'Shaanxi', 'Shandong', 'Shanxi', 'Sichuan', 'Yunnan', 'Zhejiang', 'Guangxi', 'Hainan',
];
/** Syllables of invented place names ("Lianshan", "Qingfeng"). */
const SYLLABLES = [
  'an', 'bai', 'chang', 'dong', 'feng', 'fu', 'gao', 'he', 'hong', 'hua', 'jin', 'kang', 'lian',
  'lin', 'long', 'ming', 'ning', 'ping', 'qing', 'rui', 'shan', 'shui', 'tai', 'tian', 'wen',
  'xin', 'yang', 'yong', 'yu', 'ze', 'zhong',
];
const ENTERPRISE_SECTORS = ['Power Grid', 'Rail Transit', 'Water Group', 'Steel', 'Grain Reserve', 'Port Group', 'Construction Engineering'];

const LEVEL_BY_CATEGORY: Record<CategoryId, readonly ('city' | 'district' | 'county' | 'enterprise')[]> = {
  urban: ['city', 'district'],
  rural: ['county', 'district'],
  'emerging-fields': ['county', 'city', 'district'],
  'state-owned-enterprises': ['enterprise'],
};

const SUBTITLES: Record<CategoryId, readonly string[]> = {
  urban: ['Upgrading Party and Mass Services to New Levels', 'Building a 15-minute Service Circle', 'Bringing Services to Every Neighbourhood'],
  rural: ['List-based Management of Rural Party Members', 'Strengthening Village Party Branches', 'Points-based Evaluation of Party Members'],
  'emerging-fields': ['Exploring Effective Party Building Paths', 'Warming the Hearts of Delivery Riders', 'Party Building for New Employment Groups'],
  'state-owned-enterprises': ['Integrating Party Building with Business Work', 'Party Members Leading on the Front Line', 'Pioneer Teams for Major Projects'],
};

const ACTORS: Record<CategoryId, readonly string[]> = {
  urban: ['community party organizations', 'street party working committees', 'residents’ committees', 'in-service party members'],
  rural: ['village party branches', 'rural party members', 'township party committees', 'first secretaries stationed in villages'],
  'emerging-fields': ['delivery riders', 'online ride-hailing drivers', 'courier companies', 'platform enterprises'],
  'state-owned-enterprises': ['party members on the front line', 'grassroots party branches', 'pioneer teams', 'project departments'],
};

const MECHANISMS = [
  'a positive and negative list management system',
  'a system of part-time committee members',
  'the “dual reporting, dual service” working mechanism',
  'a points-based evaluation of party members',
  'a joint party committee for the whole street area',
  'a four-level party and mass service network',
  'regular heart-to-heart talks with grassroots members',
  'a coordination mechanism between departments and industry associations',
  'a grid-based management system for every building',
  'a monthly theme party day',
  'pairing each party member with several households',
  'public service commitments by party members',
  'responsibility areas for party members on duty',
  'a red property management alliance',
];
const SERVICES = [
  'convenient hairdressing', 'home appliance maintenance', 'holiday public welfare care',
  'love canteens for the elderly', 'youth night schools', 'legal advice', 'health therapy rooms',
  'charging points for electric bicycles', 'rest stations with drinking water', 'skills training',
  'employment referrals', 'after-school care for children', 'day care for the elderly', 'free medical check-ups',
  'mediation of neighbourhood disputes', 'policy consultation', 'e-commerce training', 'agricultural technology guidance',
  'repairs of old housing', 'psychological counselling', 'reading corners', 'parcel lockers', 'meal delivery for disabled residents',
  'safety inspections',
];
const OUTCOMES = [
  'residents’ sense of gain, happiness, and security',
  'the cohesion of grassroots party organizations',
  'the exemplary role of party members',
  'the efficiency of public services',
  'the participation of young people in community governance',
];
/** What a number counts, with the verb the text uses for it. */
const UNITS = [
  ['set up', 'party and mass service stations'],
  ['organized', 'volunteer teams'],
  ['opened', 'service points'],
  ['trained', 'party members'],
  ['held', 'training sessions'],
  ['resolved', 'issues raised by residents'],
  ['visited', 'households'],
  ['introduced', 'social organizations'],
] as const;
/** Kinds of local programmes; each case names its own (“Qingfeng Post Stations”). */
const PROGRAMMES = ['Post Stations', 'Night Schools', 'Patrol Teams', 'Service Corridors', 'Warm Homes', 'Pioneer Posts'];

function placeName(random: Random): string {
  const syllables = between(random, 2, 3);
  const word = Array.from({ length: syllables }, () => pick(random, SYLLABLES)).join('');
  return word[0].toUpperCase() + word.slice(1);
}

function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

interface Sentence {
  text: string;
  /** A number the sentence states, which may become a key figure. */
  figure?: { value: string; label: string };
  /** A programme the sentence names, which may become a glossary term. */
  term?: { term: string; explanation: string };
}

/**
 * Which themes a sentence shows, read from its words (the phrases the templates above
 * use), so a generated case is filed under a theme only where its text says so.
 */
const THEME_PHRASES: readonly [ThemeId, RegExp][] = [
  ['service-networks', /party and mass service (?:network|stations)|service points|Post Stations|Service Corridors/],
  ['points-and-evaluation', /points-based evaluation/],
  ['service-teams', /volunteer teams|Patrol Teams|pioneer teams/],
  ['norms-and-lists', /list management system/],
  ['joint-building', /joint party committee|coordination mechanism between departments|dual reporting, dual service/],
  ['grassroots-governance', /role in governance|community governance|problems raised by the masses|issues raised by residents/],
  ['new-employment-groups', /delivery riders|ride-hailing drivers|courier companies|platform enterprises/],
  ['party-building-and-business', /role in production/],
];
const themesShownBy = (text: string): ThemeId[] => THEME_PHRASES.filter(([, phrase]) => phrase.test(text)).map(([id]) => id);

/**
 * What one case talks about: a few services, mechanisms and outcomes of its own, as a
 * real case does, so a search for one of them finds some cases, not nearly all.
 */
interface Repertoire {
  services: readonly string[];
  mechanisms: readonly string[];
  outcomes: readonly string[];
}

function chooseRepertoire(random: Random): Repertoire {
  return {
    services: pickSome(random, SERVICES, between(random, 3, 5)),
    mechanisms: pickSome(random, MECHANISMS, between(random, 2, 3)),
    outcomes: pickSome(random, OUTCOMES, 2),
  };
}

function sentence(random: Random, category: CategoryId, place: string, { services, mechanisms, outcomes }: Repertoire): Sentence {
  const actor = pick(random, ACTORS[category]);
  const templates: (() => Sentence)[] = [
    () => {
      const count = between(random, 3, 120_000);
      const [verb, unit] = pick(random, UNITS);
      return {
        text: `Relying on ${pick(random, mechanisms)}, ${place} has mobilized ${actor} and ${verb} ${formatCount(count)} ${unit}, which has improved ${pick(random, outcomes)}.`,
        figure: { value: formatCount(count), label: `${unit} (${verb})` },
      };
    },
    () => {
      const count = between(random, 2, 400);
      const [first, second] = pickSome(random, services, 2);
      const programme = `${placeName(random)} ${pick(random, PROGRAMMES)}`;
      return {
        text: `The organization department has guided ${actor} to create ${count} “${programme}”, where ${first} and ${second} are offered close to home.`,
        figure: { value: String(count), label: `local programme sites created` },
        term: {
          term: programme,
          explanation: `${count} created by ${actor}, guided by the organization department, where ${first} and ${second} are offered close to home.`,
        },
      };
    },
    () => {
      const [first, second, third] = pickSome(random, services, 3);
      return {
        text: `Focusing on the diverse needs of the masses, ${actor} have provided ${first}, ${second} and ${third}, and established service guidance maps.`,
      };
    },
    () => ({
      text: `${place} has explored ${pick(random, mechanisms)}, encouraging ${actor} to take the lead and to play their exemplary role in ${pick(random, ['governance', 'services', 'production', 'emergency response', 'rural revitalization'])}.`,
    }),
    () => {
      const count = between(random, 10, 9_000);
      return {
        text: `Since ${between(random, 2018, 2024)}, ${actor} have carried out more than ${formatCount(count)} services and solved the problems raised by the masses one by one.`,
        figure: { value: `more than ${formatCount(count)}`, label: 'services carried out' },
      };
    },
    () => ({
      text: `A sound operational mechanism has been established, and ${pick(random, mechanisms)} is comprehensively promoted, so that ${pick(random, outcomes)} keeps growing.`,
    }),
  ];
  return pick(random, templates)();
}

export interface GeneratedCase {
  slug: string;
  title: string;
  subtitle: string;
  /** The glossary terms the case lists, each with its explanation. */
  terms: { term: string; explanation: string }[];
  /** The case text: paragraphs separated by blank lines, as in the file. */
  text: string;
  /** The whole file: frontmatter, then the text. */
  source: string;
}

/** Builds the `order`-th case (1-based). Case text and metadata depend only on the seed and order. */
export function generateCase(order: number, seed: number): GeneratedCase {
  const random = createRandom(seed * 1_000_003 + order);
  // Themes and terms are drawn from a stream of their own, so adding them left the texts as they were.
  const randomExtras = createRandom(seed * 1_000_003 + order + 0x5bd1e995);
  const category = CATEGORY_IDS[(order - 1) % CATEGORY_IDS.length];
  const region = pick(random, REGIONS);
  const level = pick(random, LEVEL_BY_CATEGORY[category]);
  const base = placeName(random);
  const name =
    level === 'enterprise'
      ? `${base} ${pick(random, ENTERPRISE_SECTORS)} Company`
      : `${base} ${level === 'city' ? 'City' : level === 'district' ? 'District' : 'County'}`;
  // The last paragraph overshoots the target by at most ~270 words: the text stays within 300–3,000.
  const targetWords = between(random, 300, 2_700);

  const repertoire = chooseRepertoire(random);
  const paragraphs: string[] = [];
  const figures: { value: string; label: string; quote: string }[] = [];
  /** Each theme the text shows, with the sentences that show it. */
  const themeSentences = new Map<ThemeId, string[]>();
  const terms = new Map<string, string>();
  let words = 0;
  while (words < targetWords) {
    const sentences = Array.from({ length: between(random, 3, 6) }, () => sentence(random, category, name, repertoire));
    for (const { text, figure, term } of sentences) {
      if (figure && figures.length < 6) figures.push({ ...figure, quote: text });
      if (term && !terms.has(term.term)) terms.set(term.term, term.explanation);
      for (const theme of themesShownBy(text)) themeSentences.set(theme, [...(themeSentences.get(theme) ?? []), text]);
    }
    const paragraph = sentences.map((s) => s.text).join(' ');
    paragraphs.push(paragraph);
    words += paragraph.split(/\s+/).length;
  }

  const year = between(random, 2021, 2025);
  const month = between(random, 1, 12);
  const day = between(random, 1, 28);
  const pad = (value: number) => String(value).padStart(2, '0');
  const hasSource = random() > 0.2;
  const summaryBase = `${name} in ${region}: ${paragraphs[0].split('. ')[0]}.`;
  const data = {
    title: `${name}, ${region}`,
    subtitle: pick(random, SUBTITLES[category]),
    category,
    order,
    place: { name, region, country: 'China', level },
    summary: summaryBase.length > 300 ? `${summaryBase.slice(0, 296).trimEnd()} …` : summaryBase,
    ...(hasSource && {
      source: {
        // example.com is reserved for examples: no generated link points at a real report.
        url: `https://example.com/reports/${year}/${pad(month)}${pad(day)}/case-${order}.html`,
        publisher: pick(random, ['People’s Daily Online', 'Communist Party Member Network (12371.cn)', 'Xinhua']),
        published: random() > 0.3 ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`,
      },
    }),
    keyFigures: figures,
    themes: pickSome(randomExtras, [...themeSentences.keys()], Math.min(themeSentences.size, between(randomExtras, 1, 3))).map(
      (id) => ({ id, quote: pick(randomExtras, themeSentences.get(id)!) }),
    ),
    terms: pickSome(randomExtras, [...terms], Math.min(terms.size, between(randomExtras, 0, 2))).map(([term, explanation]) => ({
      term,
      explanation,
    })),
  };
  const slug = `${base.toLowerCase()}-${level}-${order}`;
  const frontmatter = stringify(data, { lineWidth: 0 });
  const text = paragraphs.join('\n\n');
  return { slug, title: data.title, subtitle: data.subtitle, terms: data.terms, text, source: `---\n${frontmatter}---\n\n${text}\n` };
}

/** Empties `folder` of earlier `.mdx` files and writes `count` cases into it; returns them. */
export function generateCases(folder: string, count: number, seed = 1): GeneratedCase[] {
  mkdirSync(folder, { recursive: true });
  for (const name of readdirSync(folder)) {
    if (name.endsWith('.mdx')) rmSync(join(folder, name));
  }
  const cases = Array.from({ length: count }, (_, index) => generateCase(index + 1, seed));
  for (const { slug, source } of cases) writeFileSync(join(folder, `${slug}.mdx`), source);
  return cases;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [folder, countText, seedText = '1'] = process.argv.slice(2);
  const count = Number(countText);
  if (!folder || !Number.isInteger(count) || count < 1) {
    console.error('usage: node scripts/generate-cases.ts <folder> <count> [seed]');
    process.exit(2);
  }
  generateCases(folder, count, Number(seedText));
  console.log(`wrote ${count} cases to ${folder}`);
}
