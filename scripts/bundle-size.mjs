// Prints the size of the JavaScript the app's index.html loads before anything
// lazy: the figure the bundle budget (850 KiB gzip) is about.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'packages/app/dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map(m => m[1]);
let raw = 0;
let gzip = 0;
for (const src of scripts) {
  const file = readFileSync(join(dist, src.replace(/^.*?\/static\//, 'static/')));
  raw += file.length;
  gzip += gzipSync(file, { level: 9 }).length;
}
const kib = n => (n / 1024).toFixed(0);
console.log(
  `initial JavaScript: ${scripts.length} scripts, ${kib(raw)} KiB raw, ${kib(gzip)} KiB gzip (budget 850 KiB gzip)`,
);
process.exitCode = gzip > 850 * 1024 ? 1 : 0;
