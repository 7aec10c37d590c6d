import http from 'node:http';
import { AddressInfo } from 'node:net';

/** A request the fake API received. */
export interface ReceivedRequest {
  method?: string;
  url?: string;
  authorization?: string;
  body: any;
}

/**
 * A stand-in for the catalog's created-entities API on a real port: it
 * records what it receives and answers what the test tells it to, in the
 * backend's error shape for refusals.
 */
export async function startFakeCreatedEntitiesApi() {
  const received: ReceivedRequest[] = [];
  let answer: { status: number; body: unknown } = { status: 500, body: {} };

  const server = http.createServer((req, res) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', chunk => {
      text += chunk;
    });
    req.on('end', () => {
      received.push({
        method: req.method,
        url: req.url,
        authorization: req.headers.authorization,
        body: text ? JSON.parse(text) : undefined,
      });
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    /** What discovery answers for the catalog plugin. */
    catalogBaseUrl: `http://127.0.0.1:${port}/api/catalog`,
    received,
    /** Answers the next requests with this status and body. */
    answer(status: number, body: unknown) {
      answer = { status, body };
    },
    /** Answers like the backend's error handler does for a thrown error. */
    refuse(status: number, name: string, message: string) {
      answer = {
        status,
        body: {
          error: { name, message },
          request: {},
          response: { statusCode: status },
        },
      };
    },
    stop: () => new Promise<void>(resolve => server.close(() => resolve())),
  };
}
