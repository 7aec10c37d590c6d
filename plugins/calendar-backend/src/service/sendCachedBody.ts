import express from 'express';
import { CachedBody } from './ResponseCache';

/**
 * Sends a cached body: 304 when the client already has it, the stored gzip
 * form when the client accepts gzip (so large calendars are not compressed
 * again on every request), the text otherwise.
 */
export function sendCachedBody(
  req: express.Request,
  res: express.Response,
  body: CachedBody,
  contentType: string,
): void {
  res.type(contentType).set('ETag', body.etag).vary('Accept-Encoding');
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  if (req.acceptsEncodings('gzip', 'identity') === 'gzip') {
    // Set before sending, so the server's compression middleware leaves it alone.
    res.set('Content-Encoding', 'gzip').send(body.gzip());
    return;
  }
  res.send(body.text);
}
