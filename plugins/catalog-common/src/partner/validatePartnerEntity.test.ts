import { PartnerEntity } from './PartnerEntity';
import { validatePartnerEntity } from './validatePartnerEntity';

const validPartner: PartnerEntity = {
  apiVersion: 'communityhub.dev/v1alpha1',
  kind: 'Partner',
  metadata: { name: 'northwind-data', description: 'A data company.' },
  spec: {
    type: 'company',
    tier: 'gold',
    since: '2023-04-01',
    website: 'https://northwind-data.example',
    emailDomains: ['northwind-data.example'],
    owner: 'group:default/partnerships',
    contacts: ['user:default/ines.duarte'],
    sponsors: ['component:default/kestrel-stream'],
    maintains: ['kestrel-connect'],
  },
};

function withSpec(spec: Record<string, unknown>): PartnerEntity {
  return { ...validPartner, spec: { ...validPartner.spec, ...spec } } as PartnerEntity;
}

function withoutSpecField(field: keyof PartnerEntity['spec']): PartnerEntity {
  const spec: Record<string, unknown> = { ...validPartner.spec };
  delete spec[field];
  return { ...validPartner, spec } as PartnerEntity;
}

describe('validatePartnerEntity', () => {
  it('accepts a complete partner', () => {
    expect(validatePartnerEntity(validPartner)).toBe(true);
  });

  it('accepts a partner without sponsored or maintained packages', () => {
    expect(validatePartnerEntity(withoutSpecField('sponsors'))).toBe(true);
    expect(validatePartnerEntity(withoutSpecField('maintains'))).toBe(true);
  });

  it('ignores entities of other kinds and apiVersions', () => {
    expect(validatePartnerEntity({ ...validPartner, kind: 'Component' })).toBe(false);
    expect(
      validatePartnerEntity({ ...validPartner, apiVersion: 'backstage.io/v1alpha1' }),
    ).toBe(false);
  });

  it.each([
    ['an unknown type', withSpec({ type: 'government' }), '/spec/type'],
    ['an unknown tier', withSpec({ tier: 'diamond' }), '/spec/tier'],
    ['a since that is not a date', withSpec({ since: 'last spring' }), '/spec/since'],
    ['a since that is not a real day', withSpec({ since: '2023-02-30' }), '/spec/since'],
    ['a website that is not a URL', withSpec({ website: 'northwind' }), '/spec/website'],
    ['no email domains', withSpec({ emailDomains: [] }), '/spec/emailDomains'],
    ['an email domain with an @', withSpec({ emailDomains: ['@x.example'] }), '/spec/emailDomains/0'],
    ['no contacts', withSpec({ contacts: [] }), '/spec/contacts'],
    ['a contact that is a group', withSpec({ contacts: ['group:default/partnerships'] }), '/spec/contacts/0'],
    ['a sponsored package that is a user', withSpec({ sponsors: ['user:default/x'] }), '/spec/sponsors/0'],
    ['a maintained package that is not a ref', withSpec({ maintains: ['a:b:c:d'] }), '/spec/maintains/0'],
    ['an owner that is a component', withSpec({ owner: 'component:default/x' }), '/spec/owner'],
    ['an unknown field', withSpec({ discount: 10 }), '/spec'],
    ['a missing website', withoutSpecField('website'), '/spec'],
    ['a missing tier', withoutSpecField('tier'), '/spec'],
  ])('rejects %s, naming the field', (_case, entity, field) => {
    expect(() => validatePartnerEntity(entity)).toThrow(
      new RegExp(`^${field.replace(/\//g, '\\/')}\\b`),
    );
  });

  it('says which field is missing', () => {
    expect(() => validatePartnerEntity(withoutSpecField('website'))).toThrow(
      /missingProperty: website/,
    );
  });
});
