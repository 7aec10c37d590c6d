import { byQuestion, describeQuestions, durationWords } from './breachText';

describe('durationWords', () => {
  it('says an escalation delay in words', () => {
    expect(durationWords('P1D')).toBe('1 day');
    expect(durationWords('PT4H')).toBe('4 hours');
    expect(durationWords('PT30M')).toBe('30 minutes');
    expect(durationWords('P2DT1H30M')).toBe('2 days, 1 hour and 30 minutes');
    expect(durationWords('PT0M')).toBe('right away');
  });
});

describe('describeQuestions', () => {
  it('names each question once with every target it passed', () => {
    const base = { queueId: 'connect', teamRef: 'group:default/connect' };
    const questions = byQuestion([
      { ...base, id: 3, title: 'Offsets lost', kind: 'first-response' },
      { ...base, id: 4, title: 'Slow start', kind: 'resolution' },
      { ...base, id: 3, title: 'Offsets lost', kind: 'resolution' },
    ]);
    expect(describeQuestions(questions)).toBe(
      '#3 Offsets lost (first response, resolution); #4 Slow start (resolution)',
    );
  });
});
