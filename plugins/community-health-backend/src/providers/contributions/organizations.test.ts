import { Entity } from '@backstage/catalog-model';
import { createOrganizationResolver } from './organizations';

function partner(name: string, title: string, emailDomains: string[]): Entity {
  return {
    apiVersion: 'communityhub.dev/v1alpha1',
    kind: 'Partner',
    metadata: { name, namespace: 'default', title },
    spec: { emailDomains },
  };
}

const organizationOf = createOrganizationResolver([
  partner('stream-interop-alliance', 'Stream Interop Alliance', [
    'streaminterop.example',
    'openpipelines.example',
  ]),
  partner('open-pipelines-foundation', 'Open Pipelines Foundation', [
    'openpipelines.example',
  ]),
  partner('northwind-data', 'Northwind Data', ['northwind-data.example']),
  partner('northwind-labs', 'Northwind Labs', ['labs.northwind-data.example']),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'not-a-partner' },
    spec: { emailDomains: ['acme.example'] },
  },
]);

describe('createOrganizationResolver', () => {
  it('maps a partner email domain to the partner, ignoring case', () => {
    expect(organizationOf('Elena.Voss@Northwind-Data.example', 'x')).toEqual({
      key: 'partner:partner:default/northwind-data',
      label: 'Northwind Data',
    });
  });

  it('maps subdomains to the partner, the most specific listed domain first', () => {
    expect(organizationOf('a@eng.northwind-data.example', 'a').label).toBe(
      'Northwind Data',
    );
    expect(organizationOf('b@labs.northwind-data.example', 'b').label).toBe(
      'Northwind Labs',
    );
  });

  it('gives a domain listed by two partners to the partner whose ref sorts first', () => {
    // partner:default/open-pipelines-foundation < partner:default/stream-interop-alliance
    expect(organizationOf('g@openpipelines.example', 'g').label).toBe(
      'Open Pipelines Foundation',
    );
    expect(organizationOf('r@streaminterop.example', 'r').label).toBe(
      'Stream Interop Alliance',
    );
  });

  it('counts free-mail, no-reply and missing addresses as independent individuals', () => {
    expect(organizationOf('dan@gmail.com', 'dan@gmail.com')).toEqual({
      key: 'independent:dan@gmail.com',
      label: 'independent',
    });
    expect(
      organizationOf('12+lea@users.noreply.github.com', 'lea-identity').key,
    ).toBe('independent:lea-identity');
    expect(organizationOf('', 'name:sam').key).toBe('independent:name:sam');
    expect(organizationOf('root@localhost', 'root').key).toBe(
      'independent:root',
    );
  });

  it('makes any other domain an organization of its own, subdomains apart', () => {
    // A Group listing emailDomains is no partner.
    expect(organizationOf('k@acme.example', 'k')).toEqual({
      key: 'domain:acme.example',
      label: 'acme.example',
    });
    expect(organizationOf('k@eng.acme.example', 'k').key).toBe(
      'domain:eng.acme.example',
    );
  });
});
