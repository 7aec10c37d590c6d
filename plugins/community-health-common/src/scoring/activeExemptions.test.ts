import type { Exemption } from '../types';
import { activeExemptions } from './activeExemptions';

const exemption = (id: number, fields: Partial<Exemption>): Exemption => ({
  id,
  entityRef: 'component:default/kestrel-lint',
  checkId: 'has-techdocs',
  justification: 'Docs move to the new site this quarter.',
  expiresOn: '2027-03-31',
  createdByRef: 'user:default/amara.okafor',
  createdAt: '2027-01-10T09:00:00.000Z',
  ...fields,
});

describe('activeExemptions', () => {
  const exemptions = [
    exemption(1, { expiresOn: '2027-03-30' }), // expired yesterday
    exemption(2, { expiresOn: '2027-03-31' }), // expires today: still applies
    exemption(3, { expiresOn: '2027-06-30' }),
    exemption(4, {
      expiresOn: '2027-06-30',
      revokedAt: '2027-02-01T12:00:00.000Z',
      revokedByRef: 'user:default/amara.okafor',
    }),
  ];

  it('keeps exemptions that are neither withdrawn nor expired', () => {
    const now = new Date('2027-03-31T12:00:00Z');
    expect(activeExemptions(exemptions, now).map(e => e.id)).toEqual([2, 3]);
  });

  it('treats the expiry day as inclusive, in UTC', () => {
    // Last minute of 31 March UTC: exemption 2 still applies.
    expect(
      activeExemptions(exemptions, new Date('2027-03-31T23:59:00Z')).map(
        e => e.id,
      ),
    ).toEqual([2, 3]);
    // 1 April 01:30 in Berlin is still 31 March 23:30 UTC.
    expect(
      activeExemptions(exemptions, new Date('2027-04-01T01:30:00+02:00')).map(
        e => e.id,
      ),
    ).toEqual([2, 3]);
    // Midnight UTC on 1 April: it has expired.
    expect(
      activeExemptions(exemptions, new Date('2027-04-01T00:00:00Z')).map(
        e => e.id,
      ),
    ).toEqual([3]);
  });
});
