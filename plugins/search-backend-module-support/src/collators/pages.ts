import { Page } from '@community-hub/plugin-support-common';

/**
 * Reads a paged list to its end: asks for `limit` items from offset 0 and
 * moves on by the number received until the total is reached or a page
 * comes back empty.
 */
export async function* readAllPages<T>(
  fetchPage: (offset: number, limit: number) => Promise<Page<T>>,
  limit: number,
): AsyncGenerator<T[]> {
  let offset = 0;
  for (;;) {
    const page = await fetchPage(offset, limit);
    if (page.items.length === 0) {
      return;
    }
    yield page.items;
    offset += page.items.length;
    if (offset >= page.totalCount) {
      return;
    }
  }
}

/** Runs `fn` over `items` with at most `concurrency` calls at a time, keeping order. */
export async function mapConcurrently<T, R>(
  items: T[],
  concurrency: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, worker),
  );
  return results;
}
