import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { z } from 'zod';

/** Reads the error of a failed zod parse as one line that names the fields. */
export function describeZodError(error: z.ZodError, whole: string): string {
  return error.issues
    .map(issue => `${issue.path.join('.') || whole}: ${issue.message}`)
    .join('; ');
}

/**
 * Validates request input; throws InputError naming each field that does
 * not fit (`Invalid request: title: ...`). Nothing is stored before this.
 */
export function parseInput<T extends z.ZodType>(
  schema: T,
  value: unknown,
  what: 'request' | 'query' | 'path',
): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new InputError(
      `Invalid ${what}: ${describeZodError(parsed.error, what)}`,
    );
  }
  return parsed.data;
}

/** A positive whole number in a path or query (`42`). */
export const idText = z
  .string()
  .regex(/^[1-9]\d{0,14}$/, 'expected a positive whole number')
  .transform(Number);

/** A positive whole number in a JSON body. */
export const idNumber = z
  .number()
  .int()
  .positive()
  .max(Number.MAX_SAFE_INTEGER);

/** The `:id` of a path. */
export const idPath = z.object({ id: idText });

function normalisedRef(text: string, defaultKind?: string): string | undefined {
  try {
    return stringifyEntityRef(
      parseEntityRef(text, { defaultKind, defaultNamespace: 'default' }),
    );
  } catch {
    return undefined;
  }
}

/** An entity ref such as `component:default/kestrel-flow`, normalised. */
export const entityRefText = z
  .string()
  .max(255)
  .refine(
    text => normalisedRef(text) !== undefined,
    'expected an entity ref such as component:default/kestrel-flow',
  )
  .transform(text => normalisedRef(text)!);

/** A user entity ref (`user:default/amara.okafor`; the kind may be left out). */
export const userRefText = z
  .string()
  .max(255)
  .refine(
    text => normalisedRef(text, 'user')?.startsWith('user:') ?? false,
    'expected a user entity ref such as user:default/amara.okafor',
  )
  .transform(text => normalisedRef(text, 'user')!);

/** A query flag: `true` or `false`. */
export const flag = z
  .enum(['true', 'false'])
  .transform(value => value === 'true')
  .optional();

/** A whole number in a query, within bounds. */
export const wholeNumberText = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, 'expected a whole number')
    .transform(Number)
    .pipe(z.number().min(min).max(max));

/** An ISO 8601 instant with an offset, as a Date. */
export const instantText = z.iso
  .datetime({ offset: true })
  .transform(text => new Date(text));

/** Values of a list given repeated (`?a=x&a=y`) or separated by commas (`?a=x,y`). */
export const listOf = <const T extends readonly string[]>(values: T) =>
  z
    .union([z.array(z.string()), z.string()])
    .transform(value =>
      (Array.isArray(value) ? value : [value])
        .flatMap(part => part.split(','))
        .map(part => part.trim())
        .filter(part => part.length > 0),
    )
    .pipe(z.array(z.enum(values)).min(1));
