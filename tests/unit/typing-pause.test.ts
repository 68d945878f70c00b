import { describe, expect, it } from 'vitest';
import { FIRST_PAUSE_MS, LONGEST_PAUSE_MS, TypingRhythm } from '../../src/lib/search/typing-pause.ts';

/** A rhythm after keys at these gaps (ms). */
function typed(...gaps: number[]): TypingRhythm {
  const rhythm = new TypingRhythm();
  let now = 1_000;
  rhythm.key(now);
  for (const gap of gaps) rhythm.key((now += gap));
  return rhythm;
}

describe('the pause before a search while typing', () => {
  it('is 300 ms until the rhythm is known', () => {
    expect(new TypingRhythm().pause()).toBe(FIRST_PAUSE_MS);
    expect(typed(120).pause()).toBe(FIRST_PAUSE_MS);
  });

  it('outlasts the gap between keys of a quick typist (200 ms), so no prefix is searched', () => {
    expect(typed(200, 200, 200, 200).pause()).toBe(300);
    expect(typed(200, 200, 200).pause()).toBeGreaterThan(200);
  });

  it('follows a slower typist: half again their usual gap', () => {
    expect(typed(300, 300, 300).pause()).toBe(450);
    expect(typed(400, 380, 420, 400).pause()).toBe(600);
  });

  it('reads the rhythm from the recent keys, a stray slow key or a stop not counted', () => {
    // One hesitation among quick keys barely moves the median.
    expect(typed(200, 200, 650, 200, 200).pause()).toBe(300);
    // A stop of seconds is the reader thinking, not their rhythm.
    expect(typed(250, 250, 5_000, 250).pause()).toBe(375);
    // The old rhythm fades: six recent gaps count.
    expect(typed(500, 500, 500, 500, 200, 200, 200, 200, 200, 200).pause()).toBe(300);
  });

  it('never waits longer than 700 ms, nor less than 300 ms', () => {
    expect(typed(900, 900, 900).pause()).toBe(LONGEST_PAUSE_MS);
    expect(typed(40, 40, 40, 40).pause()).toBe(FIRST_PAUSE_MS);
  });
});
