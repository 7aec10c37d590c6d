import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { z } from 'zod';

/** The longest history a request may ask for, in days (ten years). */
export const MAX_DAYS = 3650;
/** The most rows `GET /scores` returns at once. */
export const MAX_LIMIT = 500;

const TARGETS = ['package', 'partner', 'group', 'community'] as const;

const entityRef = z
  .string()
  .min(3)
  .max(255)
  .transform((value, ctx) => {
    try {
      return stringifyEntityRef(
        parseEntityRef(value, { defaultNamespace: 'default' }),
      ).toLocaleLowerCase('en-US');
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: `must be an entity ref such as component:default/kestrel-flow, got '${value}'`,
      });
      return z.NEVER;
    }
  });

const days = (fallback: number) =>
  z.coerce.number().int().min(1).max(MAX_DAYS).default(fallback);

const filter = {
  target: z.enum(TARGETS).optional(),
  owner: entityRef.optional(),
  partner: entityRef.optional(),
};

/** Reads the error of a failed zod parse as one line that names the fields. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map(issue => `${issue.path.join('.') || 'request'}: ${issue.message}`)
    .join('; ');
}

/** Parses with a schema; throws InputError naming the fields. */
export function parseOrThrow<T extends z.ZodType>(
  schema: T,
  value: unknown,
  what: string,
): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new InputError(`Invalid ${what}: ${describeZodError(parsed.error)}`);
  }
  return parsed.data;
}

export const dashboardQuery = z.object({ days: days(30), ...filter }).strict();

export const scoresQuery = z
  .object({
    ...filter,
    sort: z.enum(['score', 'name']).default('score'),
    order: z.enum(['asc', 'desc']).default('asc'),
    limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

export const entityQuery = z.object({ days: days(90) }).strict();

const flag = z.enum(['true', 'false']).transform(value => value === 'true');

export const exemptionsQuery = z
  .object({
    entityRef: entityRef.optional(),
    includeInactive: flag.default(false),
  })
  .strict();

export const newExemptionBody = z
  .object({
    checkId: z.string().min(1).max(100),
    justification: z.string().trim().min(1).max(2000),
    expiresOn: z.iso.date(),
  })
  .strict();

export const exemptionIdParam = z.coerce.number().int().positive();

const NAME = /^[a-zA-Z0-9_.-]{1,253}$/;

/** The ref of the entity named in the path `/entities/:kind/:namespace/:name`, lower-cased. */
export function entityRefFromPath(params: {
  kind?: string;
  namespace?: string;
  name?: string;
}): string {
  const { kind, namespace, name } = params;
  if (
    !kind ||
    !namespace ||
    !name ||
    !NAME.test(kind) ||
    !NAME.test(namespace) ||
    !NAME.test(name)
  ) {
    throw new InputError(
      'Invalid entity: the path must be /entities/<kind>/<namespace>/<name>',
    );
  }
  return `${kind}:${namespace}/${name}`.toLocaleLowerCase('en-US');
}
