import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { isPartnerEntity } from '@community-hub/catalog-common';

/**
 * Email domains that say nothing about an employer: free-mail providers and
 * the no-reply addresses of code hosts. An author with such an address (or
 * with none) is an independent contributor and counts as an organization of
 * their own. A subdomain of a listed domain counts as listed.
 */
export const INDEPENDENT_EMAIL_DOMAINS: readonly string[] = [
  '126.com',
  '163.com',
  'aol.com',
  'fastmail.com',
  'gmail.com',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'googlemail.com',
  'hey.com',
  'hotmail.com',
  'icloud.com',
  'live.com',
  'mac.com',
  'mail.com',
  'me.com',
  'msn.com',
  'noreply.codeberg.org',
  'outlook.com',
  'pm.me',
  'proton.me',
  'protonmail.com',
  'qq.com',
  'tutanota.com',
  'users.noreply.github.com',
  'users.noreply.gitlab.com',
  'web.de',
  'yahoo.com',
  'yandex.com',
  'yandex.ru',
  'ymail.com',
  'zoho.com',
];

const INDEPENDENT_SET = new Set(INDEPENDENT_EMAIL_DOMAINS);

/** The organization a commit author is counted under. */
export interface Organization {
  /** `partner:<entity ref>`, `domain:<email domain>` or `independent:<identity>`. */
  key: string;
  /** For notes: the partner's title, the domain, or `independent`. */
  label: string;
}

/** Maps an author's email and identity to their organization. */
export type OrganizationResolver = (
  email: string,
  identity: string,
) => Organization;

/**
 * Builds the mapping from authors to organizations used by the elephant
 * factor. The rule, applied to the email domain (the text after the last `@`,
 * lower-cased):
 *
 * 1. A Partner entity whose `spec.emailDomains` lists the domain, or a parent
 *    of it (`eng.northwind-data.example` belongs to `northwind-data.example`),
 *    is the organization. The most specific listed domain wins; a domain listed
 *    by several partners belongs to the partner whose entity ref sorts first.
 * 2. Otherwise, a domain in {@link INDEPENDENT_EMAIL_DOMAINS}, a domain without
 *    a dot (`localhost`, `(none)`) or a missing email makes the author an
 *    independent contributor, an organization of their own.
 * 3. Otherwise the domain itself is the organization (exactly that domain:
 *    `eng.acme.example` and `acme.example` are two).
 */
export function createOrganizationResolver(
  entities: Iterable<Entity>,
): OrganizationResolver {
  const partnersByDomain = new Map<string, { ref: string; label: string }>();
  const partners = [...entities]
    .filter(isPartnerEntity)
    .map(entity => ({ entity, ref: stringifyEntityRef(entity) }))
    .sort((a, b) => a.ref.localeCompare(b.ref, 'en-US'));
  for (const { entity, ref } of partners) {
    const domains = Array.isArray(entity.spec?.emailDomains)
      ? entity.spec.emailDomains
      : [];
    for (const domain of domains) {
      const key = normalizeDomain(String(domain));
      if (key && !partnersByDomain.has(key)) {
        partnersByDomain.set(key, {
          ref,
          label: entity.metadata.title ?? entity.metadata.name,
        });
      }
    }
  }

  return (email, identity) => {
    const domain = normalizeDomain(email.slice(email.lastIndexOf('@') + 1));
    const independent = {
      key: `independent:${identity}`,
      label: 'independent',
    };
    if (!email.includes('@') || !domain) {
      return independent;
    }
    const partner = findBySuffix(domain, d => partnersByDomain.get(d));
    if (partner) {
      return { key: `partner:${partner.ref}`, label: partner.label };
    }
    if (
      !domain.includes('.') ||
      findBySuffix(domain, d => INDEPENDENT_SET.has(d) || undefined)
    ) {
      return independent;
    }
    return { key: `domain:${domain}`, label: domain };
  };
}

function normalizeDomain(domain: string): string {
  return domain.trim().toLocaleLowerCase('en-US').replace(/\.$/, '');
}

/** Looks up the domain, then each parent domain (most specific first). */
function findBySuffix<T>(
  domain: string,
  lookUp: (candidate: string) => T | undefined,
): T | undefined {
  const labels = domain.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const found = lookUp(labels.slice(i).join('.'));
    if (found !== undefined) {
      return found;
    }
  }
  return undefined;
}
