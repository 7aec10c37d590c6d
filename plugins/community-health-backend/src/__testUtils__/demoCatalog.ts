import { Entity } from '@backstage/catalog-model';
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  completeRef,
  groupRefsOf,
  ownerRefOf,
  refOf,
} from '../catalog/entityFacts';

const repoRoot = path.resolve(__dirname, '../../../..');

function readEntities(file: string): Entity[] {
  return parseAllDocuments(
    fs.readFileSync(path.join(repoRoot, file), 'utf8'),
  ).map(doc => doc.toJSON() as Entity);
}

/**
 * The demo catalog as the catalog would serve it: the packages, people,
 * teams and partners under `community/`, with the relations the catalog
 * adds (ownership, membership both ways, sponsorship both ways).
 */
export function demoCatalog(): Entity[] {
  const packagesDir = path.join(repoRoot, 'community/packages');
  const packages = fs
    .readdirSync(packagesDir)
    .filter(name => name.startsWith('kestrel-'))
    .flatMap(name =>
      readEntities(`community/packages/${name}/catalog-info.yaml`),
    );
  const people = [
    ...readEntities('community/governance/org/groups.yaml'),
    ...readEntities('community/governance/org/users.yaml'),
  ];
  const partners = readEntities('community/partners/partners.yaml');
  const all = [...packages, ...people, ...partners].map(e => ({
    ...e,
    metadata: { namespace: 'default', ...e.metadata },
    relations: [] as { type: string; targetRef: string }[],
  }));
  const byRef = new Map(all.map(e => [refOf(e), e]));
  const relate = (from: Entity, type: string, to: string) =>
    from.relations!.push({ type, targetRef: to });
  for (const entity of all) {
    const owner = ownerRefOf(entity);
    if (owner && entity.kind !== 'User' && entity.kind !== 'Group') {
      relate(entity, 'ownedBy', owner);
    }
    if (entity.kind === 'User') {
      for (const group of groupRefsOf(entity)) {
        relate(entity, 'memberOf', group);
        const groupEntity = byRef.get(group);
        if (groupEntity) relate(groupEntity, 'hasMember', refOf(entity));
      }
    }
    if (entity.kind === 'Partner') {
      const spec = entity.spec as { sponsors?: string[]; maintains?: string[] };
      const defaults = {
        defaultKind: 'component',
        defaultNamespace: 'default',
      };
      for (const ref of spec.sponsors ?? []) {
        const pkg = byRef.get(completeRef(ref, defaults) ?? '');
        if (pkg) relate(pkg, 'sponsoredBy', refOf(entity));
      }
      for (const ref of spec.maintains ?? []) {
        const pkg = byRef.get(completeRef(ref, defaults) ?? '');
        if (pkg) relate(pkg, 'maintainedBy', refOf(entity));
      }
    }
  }
  return all;
}
