import fs from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { DEMO_PACKAGES } from './demoPackages';
import { DemoPerson, demoPeople } from './demoPeople';

const community = resolve(__dirname, '../../../../community');

function documentsOf(path: string): any[] {
  return parseAllDocuments(fs.readFileSync(join(community, path), 'utf8')).map(
    d => d.toJS(),
  );
}

const users = documentsOf('governance/org/users.yaml').filter(
  d => d?.kind === 'User',
);
const partners = documentsOf('partners/partners.yaml').filter(
  d => d?.kind === 'Partner',
);
const people: DemoPerson[] = Object.values(demoPeople);
const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1);

describe('the demo content', () => {
  it('has a history for each package in community/packages, and only those', () => {
    const packages = fs
      .readdirSync(join(community, 'packages'), { withFileTypes: true })
      .filter(entry =>
        fs.existsSync(
          join(community, 'packages', entry.name, 'catalog-info.yaml'),
        ),
      )
      .flatMap(entry =>
        documentsOf(`packages/${entry.name}/catalog-info.yaml`)
          .filter(d => d?.kind === 'Component')
          .map(d => d.metadata.name),
      );
    expect(DEMO_PACKAGES.map(p => p.name).sort()).toEqual(packages.sort());
    expect(packages).toHaveLength(10);
  });

  it('uses the names and emails of the people in users.yaml', () => {
    for (const person of people.filter(p => p.user)) {
      const user = users.find(u => u.metadata.name === person.user);
      expect(user?.spec.profile).toEqual(
        expect.objectContaining({
          displayName: person.name,
          email: person.email,
        }),
      );
    }
  });

  it('gives partner engineers an email domain of their partner, and nobody else one', () => {
    const partnerDomains = new Map(
      partners.map(p => [p.metadata.name, p.spec.emailDomains as string[]]),
    );
    const allDomains = new Set([...partnerDomains.values()].flat());
    for (const person of people.filter(p => p.partner)) {
      expect(partnerDomains.get(person.partner!)).toContain(
        domainOf(person.email),
      );
    }
    for (const person of people.filter(p => !p.partner)) {
      expect(allDomains.has(domainOf(person.email))).toBe(false);
    }
  });
});
