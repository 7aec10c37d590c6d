/**
 * A problem with one field of an entity. The message reads
 * `<field>: <problem>`, with the field as a dotted path such as
 * `metadata.name` or `spec.contacts[0]`.
 *
 * @public
 */
export class EntityFieldError extends TypeError {
  readonly field: string;

  constructor(field: string, problem: string) {
    super(`${field}: ${problem}`);
    this.name = 'EntityFieldError';
    this.field = field;
  }
}

/** `/spec/contacts/0` becomes `spec.contacts[0]`. */
function dottedPath(pointer: string): string {
  return pointer
    .split('/')
    .filter(Boolean)
    .reduce(
      (path, segment) =>
        /^\d+$/.test(segment)
          ? `${path}[${segment}]`
          : `${path}${path ? '.' : ''}${segment}`,
      '',
    );
}

const POINTERS = /\/(?:spec|metadata)(?:\/[\w.-]+)*/g;
const LEARN_MORE = /\s*To learn more about catalog file format.*$/s;

/**
 * Turns the message of a catalog validator (a JSON schema validator or an
 * entity policy) into an {@link EntityFieldError} naming the field.
 *
 * @public
 */
export function toEntityFieldError(error: unknown): EntityFieldError {
  if (error instanceof EntityFieldError) return error;
  const message = String((error as Error)?.message ?? error).replace(
    LEARN_MORE,
    '',
  );

  const missing = /^(\/\S*)?\s*must have required property '([^']+)'/.exec(
    message,
  );
  if (missing) {
    return new EntityFieldError(
      dottedPath(`${missing[1] ?? ''}/${missing[2]}`),
      'is required',
    );
  }
  const pointer = /^(\/\S+)\s+(.*)$/s.exec(message);
  if (pointer) {
    return new EntityFieldError(
      dottedPath(pointer[1]),
      pointer[2].replace(POINTERS, p => dottedPath(p)),
    );
  }
  const quoted = /^"([^"]+)" (.*)$/s.exec(message);
  if (quoted) {
    const field = /^(metadata|spec)\./.test(quoted[1])
      ? quoted[1]
      : `metadata.${quoted[1]}`;
    return new EntityFieldError(
      field.replace(/\.(\d+)(?=\.|$)/g, '[$1]'),
      quoted[2],
    );
  }
  const plain =
    /^((?:apiVersion|kind|metadata|spec)(?:\.[\w./-]+)?) (.*)$/s.exec(message);
  if (plain) {
    return new EntityFieldError(plain[1], plain[2]);
  }
  const unknown = /^Unknown field (\S+)/.exec(message);
  if (unknown) {
    return new EntityFieldError(unknown[1], 'is not an entity field');
  }
  return new EntityFieldError('entity', message);
}
