import { describe, expect, it } from 'vitest';
import { initialTrialFinderState, pageItems, stateOf } from './state';

describe('pageItems', () => {
  it('shows every page of a short list', () => {
    expect(pageItems(1, 1)).toEqual([1]);
    expect(pageItems(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows first, last, current and neighbours, a gap only for two or more pages', () => {
    expect(pageItems(1, 1000)).toEqual([1, 2, 'gap', 1000]);
    expect(pageItems(500, 1000)).toEqual([1, 'gap', 499, 500, 501, 'gap', 1000]);
    expect(pageItems(4, 10)).toEqual([1, 2, 3, 4, 5, 'gap', 10]);
    expect(pageItems(10, 10)).toEqual([1, 'gap', 9, 10]);
  });
});

describe('stateOf', () => {
  it('fills in what is missing', () => {
    expect(stateOf(undefined)).toEqual(initialTrialFinderState);
    expect(stateOf({ query: 'asthma', page: 3 })).toEqual({
      ...initialTrialFinderState,
      query: 'asthma',
      page: 3,
    });
  });

  it('replaces values of the wrong kind instead of failing', () => {
    expect(
      stateOf({
        query: null,
        status: 'recruiting',
        phase: ['phase-2', 3, null],
        recruitingOnly: 'yes',
        sort: 'random',
        page: 2.7,
      } as never),
    ).toEqual({ ...initialTrialFinderState, phase: ['phase-2'], page: 2 });
    for (const page of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(stateOf({ page }).page, String(page)).toBe(1);
    }
    expect(stateOf({ page: '2' as never }).page).toBe(2);
  });
});
