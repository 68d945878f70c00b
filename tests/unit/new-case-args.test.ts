/** `npm run new-case`'s arguments and the address it makes from a title, through their functions. */
import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN } from '../../src/lib/content/checks.ts';
import { parseNewCaseArgs, SLUG_MAX_LENGTH, slugFromTitle } from '../../src/lib/content/stub.ts';

describe('slugFromTitle', () => {
  it('gives non-ASCII Latin letters their plain forms', () => {
    expect(slugFromTitle('Ünïcode Ça')).toBe('unicode-ca');
    expect(slugFromTitle('Straße Łódź Ærø Ǆemal ﬁve')).toBe('strasse-lodz-aero-dzemal-five');
  });

  it('cuts a long title at a word boundary, within the limit', () => {
    const title = 'The Party Branch of a Village Cooperative '.repeat(8);
    const slug = slugFromTitle(title);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug).toMatch(SLUG_PATTERN);
    expect(slug).toBe('the-party-branch-of-a-village-cooperative-the-party-branch');
    // One word longer than the limit is cut inside it.
    expect(slugFromTitle('x'.repeat(300))).toBe('x'.repeat(SLUG_MAX_LENGTH));
  });

  it('is empty when the title has no Latin letter or digit', () => {
    expect(slugFromTitle('包头市')).toBe('');
  });
});

describe('parseNewCaseArgs', () => {
  const error = (...argv: string[]) => {
    const request = parseNewCaseArgs(argv);
    return 'error' in request ? request.error : undefined;
  };

  it('reads options with separate or joined values', () => {
    expect(parseNewCaseArgs(['--category', 'rural', '--title=Anytown, Somewhere'])).toEqual({
      category: 'rural',
      title: 'Anytown, Somewhere',
      slug: 'anytown-somewhere',
    });
    expect(parseNewCaseArgs(['--category=urban', '--title', 'A', '--slug', 'a-b'])).toEqual({ category: 'urban', title: 'A', slug: 'a-b' });
    expect(parseNewCaseArgs(['--help'])).toEqual({ help: true });
  });

  it('says in one line what is wrong with any bad argument', () => {
    const cases: [string[], string][] = [
      [[], '--category is required: one of urban, rural, emerging-fields, state-owned-enterprises'],
      [['--category', 'rural', '--title', '--slug', 'x'], '--title needs a value (--slug came next): e.g. --title "Guangchang County, Jiangxi Province"'],
      [['--category', 'rural', '--title'], '--title needs a value: e.g. --title "Guangchang County, Jiangxi Province"'],
      [['--category', 'rural', '--title', '  '], '--title is required, e.g. --title "Guangchang County, Jiangxi Province"'],
      [['--category', 'suburban', '--title', 'A'], '--category must be one of urban, rural, emerging-fields, state-owned-enterprises (got "suburban")'],
      [['--colour', 'red'], 'unknown option --colour (the options are --category, --title, --slug)'],
      [['Anytown'], 'unexpected "Anytown": every value follows its option, e.g. --title "Guangchang County, Jiangxi Province"'],
      [['--title', 'A', '--title', 'B'], '--title is given twice'],
      [
        ['--category', 'rural', '--title', 'A', '--slug', '../../..'],
        '--slug "../../.." is not an address: lower-case letters and digits joined by single hyphens (it names the file and /cases/<slug>/), e.g. --slug guangchang-county',
      ],
      [['--category', 'rural', '--title', 'A', '--slug', 'a'.repeat(61)], '--slug is 61 characters long; at most 60'],
      [
        ['--category', 'rural', '--title', '包头市'],
        'cannot make an address from "包头市": it has no Latin letter or digit; give one with --slug, e.g. --slug guangchang-county',
      ],
    ];
    for (const [argv, message] of cases) expect(error(...argv), argv.join(' ')).toBe(message);
  });
});
