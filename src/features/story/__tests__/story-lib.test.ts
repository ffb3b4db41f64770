import { describe, expect, it } from 'vitest';
import { parseStep } from '../lib/parse-step';
import { stateOnArrival, stepHref, stepSearch, stepState } from '../lib/story-state';
import { DEFAULT_FILTERS } from '../../../stores/filters/filters-url';

describe('parseStep', () => {
  it.each([
    ['1', 1],
    ['3', 3],
    ['8', 8],
  ])('reads "%s" as step %i', (raw, step) => {
    expect(parseStep(raw, 8)).toEqual({ step, clean: true });
  });

  it.each([null, '', '0', '9', '10', '01', '+2', '-1', '2.0', '2 ', ' 2', '1e1', 'abc', '<script>', '3/extra', '%33', '١', '99999999999999999999', 'x'.repeat(500)])(
    'sends %j to step 1 and asks for the address to be cleaned',
    (raw) => {
      expect(parseStep(raw, 8)).toEqual({ step: 1, clean: false });
    },
  );
});

describe('a step’s state and addresses', () => {
  it('starts from the default view plus the step’s partial', () => {
    expect(stepState({ state: { region: 'cn' } })).toEqual({ ...DEFAULT_FILTERS, region: 'cn' });
  });

  it('writes only the shared filters into the story’s address', () => {
    expect(stepSearch({ state: { region: 'cn', reasoning: 'reasoning', openFrontier: true } })).toBe('?region=china&reasoning=yes');
    expect(stepHref(3, { state: {} })).toEqual({ path: '/story/3', search: '' });
  });

  it('on arrival, takes the shared filters from the address and the view options from the step', () => {
    const step = { state: { region: 'cn' as const, openFrontier: true } };
    expect(stateOnArrival(step, '')).toEqual({ ...DEFAULT_FILTERS, region: 'cn', openFrontier: true });
    expect(stateOnArrival(step, '?open=open')).toEqual({ ...DEFAULT_FILTERS, openWeights: 'open', openFrontier: true });
    // Another view's options in a story address are ignored: the step decides them.
    expect(stateOnArrival(step, '?region=us&frontier=open&laterEvents=hide')).toEqual({ ...DEFAULT_FILTERS, region: 'us', openFrontier: true });
  });
});
