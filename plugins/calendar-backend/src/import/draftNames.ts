/** The longest entity name the catalog accepts. */
const MAX_NAME_LENGTH = 63;

/** Lower-case ASCII words joined by single dashes; accents are dropped. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The slug shortened to `length`, at a word boundary where there is one. */
function fit(slug: string, length: number): string {
  if (slug.length <= length) return slug;
  const cut = slug.slice(0, Math.max(0, length));
  const words =
    slug[length] === '-'
      ? cut
      : cut.slice(0, Math.max(0, cut.lastIndexOf('-')));
  return (words || cut).replace(/-+$/, '');
}

/**
 * Entity names for imported events: the slug of the title followed by the
 * start date (`community-call-2027-01-14`), at most 63 characters, and made
 * unique within one import with a counter (`…-2027-01-14-2`).
 */
export class DraftNames {
  private readonly taken = new Set<string>();

  next(title: string | undefined, startDate: string): string {
    const base = slugify(title ?? '') || 'event';
    for (let counter = 1; ; counter++) {
      const suffix =
        counter === 1 ? `-${startDate}` : `-${startDate}-${counter}`;
      const name = `${
        fit(base, MAX_NAME_LENGTH - suffix.length) || 'event'
      }${suffix}`;
      if (!this.taken.has(name)) {
        this.taken.add(name);
        return name;
      }
    }
  }
}

/** A catalog tag from a free-text category (`Open Source` → `open-source`), or undefined. */
export function tagOf(category: string): string | undefined {
  const tag = category
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9:+#]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_NAME_LENGTH)
    .replace(/-+$/, '');
  return tag || undefined;
}
