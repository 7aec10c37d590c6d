import express from 'express';
import Router from 'express-promise-router';
import { RouteContext } from './routeContext';
import { parseInput } from './validation';

/** The FAQ: promoting an answer, listing, reading and removing entries. */
export function faqRoutes(context: RouteContext): express.Router {
  const { service, schemas, reader, writer, idOf } = context;
  const router = Router();

  router.post('/questions/:id/faq', async (req, res) => {
    const credentials = await writer(req);
    const id = idOf(req);
    const { answerId, title } = parseInput(
      schemas.promote,
      req.body,
      'request',
    );
    res
      .status(201)
      .json(await service.promoteToFaq(credentials, id, answerId, title));
  });

  router.get('/faq', async (req, res) => {
    const credentials = await reader(req);
    const query = parseInput(schemas.faqQuery, req.query, 'query');
    res.json(
      await service.listFaq(credentials, {
        queue: query.queue,
        q: query.q,
        limit: query.limit ?? 25,
        offset: query.offset ?? 0,
      }),
    );
  });

  router.get('/faq/:id', async (req, res) => {
    const credentials = await reader(req);
    res.json(await service.getFaqEntry(credentials, idOf(req)));
  });

  router.delete('/faq/:id', async (req, res) => {
    const credentials = await writer(req);
    await service.deleteFaqEntry(credentials, idOf(req));
    res.status(204).end();
  });

  return router;
}
