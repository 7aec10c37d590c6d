import { InputError } from '@backstage/errors';
import { parseScorecardDocument } from './parseScorecardDocument';

/** A valid document, as the YAML parser hands it over; tests break copies of it. */
function document() {
  return {
    scorecards: [
      {
        id: 'package',
        title: 'Package health',
        version: '4',
        target: 'package',
        description: 'Dropped: not part of a scorecard.',
        checks: [
          {
            id: 'has-owner',
            title: 'Has an owner',
            metricId: 'catalog.has-owner',
            operator: '==',
            threshold: 1,
            weight: 3,
            howToImprove: 'Set `spec.owner`.',
          },
          {
            id: 'quick-first-response',
            title: 'Quick first response',
            metricId: 'support.median-first-response-hours',
            operator: '<=',
            threshold: 24,
            weight: 2.5,
            howToImprove: 'Watch the support queue.',
          },
        ],
        levels: [
          { id: 'bronze', title: 'Bronze', checks: ['has-owner'] },
          { id: 'silver', title: 'Silver', checks: ['quick-first-response'] },
        ],
      },
      {
        id: 'group',
        title: 'Team health',
        version: '1',
        target: 'group',
        checks: [],
        levels: [{ id: 'bronze', title: 'Bronze', checks: [] }],
      },
    ],
  };
}

function parseBroken(
  edit: (doc: ReturnType<typeof document>) => void,
): () => unknown {
  const doc = document();
  edit(doc);
  return () => parseScorecardDocument(doc);
}

describe('parseScorecardDocument', () => {
  it('returns the scorecards with their checks and levels, dropping unknown fields', () => {
    const [pkg, group] = parseScorecardDocument(document());
    expect(pkg).toEqual({
      id: 'package',
      title: 'Package health',
      version: '4',
      target: 'package',
      checks: [
        {
          id: 'has-owner',
          title: 'Has an owner',
          metricId: 'catalog.has-owner',
          operator: '==',
          threshold: 1,
          weight: 3,
          howToImprove: 'Set `spec.owner`.',
        },
        {
          id: 'quick-first-response',
          title: 'Quick first response',
          metricId: 'support.median-first-response-hours',
          operator: '<=',
          threshold: 24,
          weight: 2.5,
          howToImprove: 'Watch the support queue.',
        },
      ],
      levels: [
        { id: 'bronze', title: 'Bronze', checks: ['has-owner'] },
        { id: 'silver', title: 'Silver', checks: ['quick-first-response'] },
      ],
    });
    expect(group.checks).toEqual([]);
  });

  it('accepts a plain list of scorecards', () => {
    expect(parseScorecardDocument(document().scorecards)).toHaveLength(2);
  });

  it('rejects a document without a scorecards list', () => {
    expect(() => parseScorecardDocument(null)).toThrow(
      'A scorecard document must have a list of scorecards under `scorecards`',
    );
    expect(() => parseScorecardDocument({ scorecard: [] })).toThrow(
      'under `scorecards`',
    );
  });

  it('throws InputErrors', () => {
    expect(
      parseBroken(doc => {
        doc.scorecards[0].checks[0].operator = '=>';
      }),
    ).toThrow(InputError);
  });

  it('rejects an unknown operator', () => {
    expect(
      parseBroken(doc => {
        doc.scorecards[0].checks[0].operator = '=>';
      }),
    ).toThrow(
      `Scorecard 'package', check 'has-owner': operator must be one of >=, >, <=, <, ==, got "=>"`,
    );
  });

  it('rejects a weight that is zero, negative or not a number', () => {
    expect(
      parseBroken(doc => {
        doc.scorecards[0].checks[1].weight = 0;
      }),
    ).toThrow(
      `Scorecard 'package', check 'quick-first-response': weight must be positive, got 0`,
    );
    expect(
      parseBroken(doc => {
        doc.scorecards[0].checks[1].weight = -1;
      }),
    ).toThrow(`check 'quick-first-response': weight must be positive, got -1`);
    expect(
      parseBroken(doc => {
        (doc.scorecards[0].checks[1] as any).weight = 'high';
      }),
    ).toThrow(
      `check 'quick-first-response': weight must be a number, got "high"`,
    );
  });

  it('rejects a level naming an unknown check', () => {
    expect(
      parseBroken(doc => {
        (doc.scorecards[0].levels[1].checks as string[]).push('has-docs');
      }),
    ).toThrow(
      `Scorecard 'package', level 'silver': checks[1] names no check of this scorecard: "has-docs"`,
    );
  });

  it('rejects duplicate scorecard, check and level ids and two scorecards for one target', () => {
    expect(
      parseBroken(doc => {
        doc.scorecards[1].id = 'package';
      }),
    ).toThrow(`Scorecard 'package': id 'package' is used by two scorecards`);
    expect(
      parseBroken(doc => {
        doc.scorecards[0].checks[1].id = 'has-owner';
      }),
    ).toThrow(`Scorecard 'package': check id 'has-owner' is used twice`);
    expect(
      parseBroken(doc => {
        doc.scorecards[0].levels[1].id = 'bronze';
      }),
    ).toThrow(`Scorecard 'package': level id 'bronze' is used twice`);
    expect(
      parseBroken(doc => {
        doc.scorecards[1].target = 'package';
      }),
    ).toThrow(`Scorecard 'group': target 'package' already has a scorecard`);
  });

  it('rejects a check without a how-to-improve text', () => {
    expect(
      parseBroken(doc => {
        delete (doc.scorecards[0].checks[0] as any).howToImprove;
      }),
    ).toThrow(
      `Scorecard 'package', check 'has-owner': howToImprove must be a non-empty string, got nothing`,
    );
    expect(
      parseBroken(doc => {
        doc.scorecards[0].checks[0].howToImprove = '  ';
      }),
    ).toThrow(`check 'has-owner': howToImprove must be a non-empty string`);
  });

  it('names the field when other fields are missing or malformed', () => {
    expect(
      parseBroken(doc => {
        delete (doc.scorecards[1] as any).id;
      }),
    ).toThrow('Scorecard scorecards[1]: id must be a non-empty string');
    expect(
      parseBroken(doc => {
        (doc.scorecards[0] as any).version = 4;
      }),
    ).toThrow(`Scorecard 'package': version must be a string; quote it ('4')`);
    expect(
      parseBroken(doc => {
        doc.scorecards[0].target = 'team';
      }),
    ).toThrow(
      `Scorecard 'package': target must be one of package, partner, group, community, got "team"`,
    );
    expect(
      parseBroken(doc => {
        (doc.scorecards[0].checks[0] as any).threshold = '1';
      }),
    ).toThrow(`check 'has-owner': threshold must be a number, got "1"`);
    expect(
      parseBroken(doc => {
        delete (doc.scorecards[0].checks[0] as any).metricId;
      }),
    ).toThrow(`check 'has-owner': metricId must be a non-empty string`);
    expect(
      parseBroken(doc => {
        delete (doc.scorecards[0] as any).levels;
      }),
    ).toThrow(`Scorecard 'package': levels must be a list, got nothing`);
    expect(
      parseBroken(doc => {
        (doc.scorecards[0].checks as any)[1] = 'has-owner';
      }),
    ).toThrow(`Scorecard 'package', checks[1]: must be an object`);
  });
});
