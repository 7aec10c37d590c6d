import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** A response body kept ready to send: the text, its ETag and, once asked for, its gzip form. */
export class CachedBody {
  readonly etag: string;
  private gzipped: Buffer | undefined;

  constructor(readonly text: string) {
    this.etag = `"${createHash('sha1').update(text).digest('base64url')}"`;
  }

  /** Compressed once, then reused by every request that accepts gzip. */
  gzip(): Buffer {
    this.gzipped ??= gzipSync(this.text);
    return this.gzipped;
  }
}

/**
 * A small least-recently-used cache of response bodies. Keys include the
 * index generation, so a changed index never serves stale bodies.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedBody>();

  constructor(private readonly capacity: number) {}

  get(key: string, compute: () => string): CachedBody {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Re-inserting moves the key to the most recently used end.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = new CachedBody(compute());
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    return value;
  }
}
