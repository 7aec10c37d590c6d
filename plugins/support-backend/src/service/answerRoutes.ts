import express from 'express';
import Router from 'express-promise-router';
import { RouteContext } from './routeContext';
import { parseInput } from './validation';

/** Answers and comments: adding, editing, revisions, votes, accepting. */
export function answerRoutes(context: RouteContext): express.Router {
  const { service, schemas, reader, writer, idOf } = context;
  const router = Router();

  router.post('/questions/:id/answers', async (req, res) => {
    const credentials = await writer(req);
    const id = idOf(req);
    const answer = parseInput(schemas.newAnswer, req.body, 'request');
    res.status(201).json(await service.addAnswer(credentials, id, answer));
  });

  router.post('/questions/:id/accept', async (req, res) => {
    const credentials = await writer(req);
    const id = idOf(req);
    const { answerId } = parseInput(schemas.accept, req.body, 'request');
    res.json(await service.acceptAnswer(credentials, id, answerId));
  });

  router.patch('/answers/:id', async (req, res) => {
    const credentials = await writer(req);
    const id = idOf(req);
    const { body } = parseInput(schemas.answerEdit, req.body, 'request');
    res.json(await service.editAnswer(credentials, id, body));
  });

  router.get('/answers/:id/revisions', async (req, res) => {
    const credentials = await reader(req);
    res.json(await service.listAnswerRevisions(credentials, idOf(req)));
  });

  router.put('/answers/:id/vote', async (req, res) => {
    const credentials = await writer(req);
    const id = idOf(req);
    const { value } = parseInput(schemas.vote, req.body, 'request');
    res.json(await service.voteAnswer(credentials, id, value));
  });

  return router;
}
