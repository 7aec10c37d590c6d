import { ResponseGuideline } from '@community-hub/plugin-support-common';
import { computeDueTimes } from './dueTimes';

// The community's published targets (community/support/docs/response-guidelines.md):
// urgent 4 h / 1 day on the calendar clock, normal 1 / 5 and low 3 / 14 business days.
const communityGuideline: ResponseGuideline = {
  id: 'default',
  title: 'Default response guideline',
  escalateAfter: 'P1D',
  targets: [
    {
      priority: 'urgent',
      firstResponse: 'PT4H',
      resolution: 'P1D',
      clock: 'calendar',
    },
    {
      priority: 'normal',
      firstResponse: 'P1D',
      resolution: 'P5D',
      clock: 'business-days',
    },
    {
      priority: 'low',
      firstResponse: 'P3D',
      resolution: 'P14D',
      clock: 'business-days',
    },
  ],
};

const dueTimes = (priority: 'urgent' | 'normal' | 'low', start: string) => {
  const result = computeDueTimes(communityGuideline, priority, new Date(start));
  return {
    firstResponseDueAt: result.firstResponseDueAt.toISOString(),
    resolutionDueAt: result.resolutionDueAt.toISOString(),
  };
};

describe('computeDueTimes', () => {
  // December 2026: Friday 4, Saturday 5, Monday 7, Friday 11, Monday 14,
  // Friday 18, Monday 21, Tuesday 22, Wednesday 23, Thursday 24.

  it('gives urgent questions 4 hours and 1 day around the clock, weekends included', () => {
    // Friday 22:00 + 4 h = Saturday 02:00; + 1 day = Saturday 22:00.
    expect(dueTimes('urgent', '2026-12-04T22:00:00Z')).toEqual({
      firstResponseDueAt: '2026-12-05T02:00:00.000Z',
      resolutionDueAt: '2026-12-05T22:00:00.000Z',
    });
  });

  it('gives normal questions 1 and 5 business days', () => {
    // Friday 16:00 + 1 business day = Monday 7, 16:00; + 5 = Friday 11, 16:00.
    expect(dueTimes('normal', '2026-12-04T16:00:00Z')).toEqual({
      firstResponseDueAt: '2026-12-07T16:00:00.000Z',
      resolutionDueAt: '2026-12-11T16:00:00.000Z',
    });
    // Asked on Saturday: the clock starts Monday 7, 00:00.
    expect(dueTimes('normal', '2026-12-05T10:00:00Z')).toEqual({
      firstResponseDueAt: '2026-12-08T00:00:00.000Z',
      resolutionDueAt: '2026-12-14T00:00:00.000Z',
    });
  });

  it('gives low questions 3 and 14 business days', () => {
    // Friday 4, 16:00: + 3 = Mon 7, Tue 8, Wed 9; + 14 = Thursday 24 (see the clock's tests).
    expect(dueTimes('low', '2026-12-04T16:00:00Z')).toEqual({
      firstResponseDueAt: '2026-12-09T16:00:00.000Z',
      resolutionDueAt: '2026-12-24T16:00:00.000Z',
    });
  });

  it('names the guideline and priority when a target is missing', () => {
    const partial: ResponseGuideline = {
      ...communityGuideline,
      id: 'security',
      targets: communityGuideline.targets.filter(t => t.priority !== 'low'),
    };
    expect(() =>
      computeDueTimes(partial, 'low', new Date('2026-12-04T16:00:00Z')),
    ).toThrow(
      'The response guideline "security" has no target for priority "low"',
    );
  });
});
