import { questionSummary } from '../__testUtils__/fixtures';
import { firstResponseState, isBreached, resolutionState } from './due';
import { safeUri } from './safeUri';
import { slaHealth } from './slaHealth';
import { formatHours } from './time';

describe('safeUri', () => {
  it.each([
    'https://kestrel.dev/docs',
    'http://example.com',
    'mailto:help@kestrel.dev',
    '/support/faq/3',
    '#retries',
    'docs/page.md',
  ])('keeps %s', uri => expect(safeUri(uri)).toBe(uri));

  const js = 'javascript';
  it.each([
    `${js}:alert(1)`,
    `${js.toUpperCase()}:alert(1)`,
    ` ${js}:alert(1)`,
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ])('drops %j', uri => expect(safeUri(uri)).toBe(''));
});

describe('slaHealth', () => {
  it('is green without breaches, amber with a few, red with a quarter or more', () => {
    expect(slaHealth({ open: 10, breached: 0 })).toBe('green');
    expect(slaHealth({ open: 10, breached: 2 })).toBe('amber');
    expect(slaHealth({ open: 8, breached: 2 })).toBe('red');
    expect(slaHealth({ open: 0, breached: 1 })).toBe('red');
  });
});

describe('response clocks', () => {
  const now = new Date('2026-03-03T12:00:00Z');

  it('marks an open question past its first-response due time as breached', () => {
    const question = questionSummary(1, {
      firstResponseDueAt: '2026-03-03T09:00:00Z',
      resolutionDueAt: '2026-03-09T09:00:00Z',
    });
    expect(firstResponseState(question, now)).toEqual({
      state: 'breached',
      dueAt: '2026-03-03T09:00:00Z',
    });
    expect(resolutionState(question, now).state).toBe('pending');
    expect(isBreached(question, now)).toBe(true);
  });

  it('stops both clocks once a question is answered late or on time', () => {
    const question = questionSummary(1, {
      status: 'answered',
      firstResponseAt: '2026-03-03T10:00:00Z',
      firstResponseDueAt: '2026-03-03T09:00:00Z',
      resolvedAt: '2026-03-03T11:00:00Z',
      resolutionDueAt: '2026-03-09T09:00:00Z',
    });
    expect(firstResponseState(question, now)).toEqual({
      state: 'met',
      at: '2026-03-03T10:00:00Z',
      late: true,
    });
    expect(resolutionState(question, now)).toEqual({
      state: 'met',
      at: '2026-03-03T11:00:00Z',
      late: false,
    });
    expect(isBreached(question, now)).toBe(false);
  });
});

describe('formatHours', () => {
  it('reads as minutes, hours or days', () => {
    expect(formatHours(null)).toBe('–');
    expect(formatHours(0.5)).toBe('30 min');
    expect(formatHours(3.5)).toBe('3.5 h');
    expect(formatHours(72)).toBe('3 d');
  });
});
