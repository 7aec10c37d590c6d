/**
 * A small least-recently-used cache of serialised responses. Keys include
 * the index generation, so a changed index never serves stale bodies.
 */
export class ResponseCache {
  private readonly entries = new Map<string, string>();

  constructor(private readonly capacity: number) {}

  get(key: string, compute: () => string): string {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Re-inserting moves the key to the most recently used end.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = compute();
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    return value;
  }
}
