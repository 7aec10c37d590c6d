import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CONTENT_TYPES, GATHERING_TYPES } from '@community-hub/catalog-common';
import { OccurrenceFilter } from '@community-hub/plugin-calendar-common';
import { z } from 'zod';

/** The longest range one query may ask for. */
export const MAX_RANGE_DAYS = 400;

const EVENT_TYPES = [...GATHERING_TYPES, ...CONTENT_TYPES] as [
  string,
  ...string[],
];
const instant = z.iso.datetime({ offset: true });
// A repeated query parameter arrives as an array, a single one as a string.
const manyOf = <T extends z.ZodType>(item: T) =>
  z.union([z.array(item), item.transform(value => [value])]).optional();

const occurrenceQuery = z
  .object({
    from: instant,
    to: instant,
    type: manyOf(z.enum(EVENT_TYPES)),
    tag: manyOf(z.string().min(1).max(100)),
    relatedTo: z.string().min(3).max(255).optional(),
    category: z.enum(['gathering', 'content']).optional(),
  })
  .strict();

/** Reads the error of a failed zod parse as one line that names the fields. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map(issue => `${issue.path.join('.') || 'request'}: ${issue.message}`)
    .join('; ');
}

/** Validates `?from&to&type&tag&relatedTo&category`; throws InputError naming the field. */
export function parseOccurrenceQuery(query: unknown): {
  range: { from: Date; to: Date };
  filter: OccurrenceFilter;
} {
  const parsed = occurrenceQuery.safeParse(query);
  if (!parsed.success) {
    throw new InputError(`Invalid query: ${describeZodError(parsed.error)}`);
  }
  const { from, to, type, tag, relatedTo, category } = parsed.data;
  const range = { from: new Date(from), to: new Date(to) };
  if (range.to <= range.from) {
    throw new InputError('Invalid query: to must be after from');
  }
  if (range.to.getTime() - range.from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
    throw new InputError(
      `Invalid query: the range may span at most ${MAX_RANGE_DAYS} days`,
    );
  }
  let related: string | undefined;
  if (relatedTo) {
    try {
      related = stringifyEntityRef(
        parseEntityRef(relatedTo, { defaultNamespace: 'default' }),
      );
    } catch {
      throw new InputError(
        `Invalid query: relatedTo must be an entity ref such as component:default/kestrel-flow, got '${relatedTo}'`,
      );
    }
  }
  return {
    range,
    filter: { types: type, tags: tag, relatedTo: related, category },
  };
}

/** The ref of the event named in the path `/events/:namespace/:name`. */
export function eventRefFromPath(params: {
  namespace?: string;
  name?: string;
}): string {
  const { namespace, name } = params;
  if (
    !namespace ||
    !name ||
    !/^[a-z0-9A-Z_.-]{1,253}$/.test(namespace) ||
    !/^[a-z0-9A-Z_.-]{1,253}$/.test(name)
  ) {
    throw new InputError(
      'Invalid event: the path must be /events/<namespace>/<name>',
    );
  }
  return stringifyEntityRef({ kind: 'event', namespace, name });
}
