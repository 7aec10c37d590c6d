import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Problem } from './problems';

/** Refs given by form parameter; empty values (optional fields left blank) are skipped. */
export type RefsByParameter = Record<
  string,
  string | null | undefined | Array<string | null | undefined>
>;

/**
 * Checks that every ref parses as `kind:namespace/name` (namespace defaults
 * to `default`) and, together with `ownRef` (which must not exist yet), looks
 * them all up in one catalog call with the initiator's credentials.
 */
export async function checkRefs(options: {
  ownRef?: { parameter: string; ref: string };
  refs: RefsByParameter;
  catalog: CatalogService;
  credentials: BackstageCredentials;
  problems: Problem[];
}): Promise<void> {
  const { ownRef, refs, catalog, credentials, problems } = options;
  const wanted: Array<{ parameter: string; ref: string }> = [];
  for (const [parameter, value] of Object.entries(refs)) {
    for (const raw of [value].flat()) {
      if (typeof raw !== 'string' || raw.trim() === '') {
        continue;
      }
      try {
        const ref = stringifyEntityRef(
          parseEntityRef(raw.trim(), { defaultNamespace: 'default' }),
        );
        wanted.push({ parameter, ref });
      } catch {
        problems.push({
          parameter,
          message: `'${raw}' is not an entity reference (kind:namespace/name, for example group:default/core-maintainers)`,
        });
      }
    }
  }
  const lookups = ownRef ? [ownRef, ...wanted] : wanted;
  if (lookups.length === 0) {
    return;
  }
  const { items } = await catalog.getEntitiesByRefs(
    {
      entityRefs: lookups.map(l => l.ref),
      fields: ['kind', 'metadata.namespace', 'metadata.name'],
    },
    { credentials },
  );
  lookups.forEach((lookup, index) => {
    const found = Boolean(items[index]);
    if (lookup === ownRef && found) {
      problems.push({
        parameter: lookup.parameter,
        message: `${lookup.ref} already exists in the catalog; choose another name`,
      });
    } else if (lookup !== ownRef && !found) {
      problems.push({
        parameter: lookup.parameter,
        message: `${lookup.ref} does not exist in the catalog`,
      });
    }
  });
}
