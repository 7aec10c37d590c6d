import { StatusChange } from '@community-hub/plugin-support-common';
import express from 'express';
import Router from 'express-promise-router';
import { RouteContext } from './routeContext';
import { parseInput } from './validation';

/** Questions: lists, similar ones, asking, reading, editing, votes, status and moderation. */
export function questionRoutes(context: RouteContext): express.Router {
  const { service, schemas, reader, writer, idOf } = context;
  const router = Router();

  router.get('/questions', async (req, res) => {
    const credentials = await reader(req);
    const query = parseInput(schemas.questionQuery, req.query, 'query');
    res.json(await service.listQuestions(credentials, query));
  });

  router.get('/questions/similar', async (req, res) => {
    const credentials = await reader(req);
    const { q, queue } = parseInput(schemas.similarQuery, req.query, 'query');
    res.json(await service.findSimilarQuestions(credentials, q, queue));
  });

  router.post('/questions', async (req, res) => {
    const credentials = await writer(req);
    const input = parseInput(schemas.newQuestion, req.body, 'request');
    res.status(201).json(await service.createQuestion(credentials, input));
  });

  router.get('/questions/:id', async (req, res) => {
    const credentials = await reader(req);
    res.json(await service.getQuestion(credentials, idOf(req)));
  });

  router.patch('/questions/:id', async (req, res) => {
    const credentials = await writer(req);
    const id = idOf(req);
    const edit = parseInput(schemas.questionEdit, req.body, 'request');
    res.json(await service.editQuestion(credentials, id, edit));
  });

  router.get('/questions/:id/revisions', async (req, res) => {
    const credentials = await reader(req);
    res.json(await service.listQuestionRevisions(credentials, idOf(req)));
  });

  router.put('/questions/:id/vote', async (req, res) => {
    const credentials = await writer(req);
    const id = idOf(req);
    const { value } = parseInput(schemas.vote, req.body, 'request');
    res.json(await service.voteQuestion(credentials, id, value));
  });

  router.post('/questions/:id/status', async (req, res) => {
    const credentials = await writer(req);
    const id = idOf(req);
    const change = parseInput(schemas.statusChange, req.body, 'request');
    res.json(
      await service.changeStatus(credentials, id, change as StatusChange),
    );
  });

  router.post('/questions/:id/assign', async (req, res) => {
    const credentials = await writer(req);
    const id = idOf(req);
    const { assigneeRef } = parseInput(schemas.assign, req.body, 'request');
    res.json(await service.assign(credentials, id, assigneeRef));
  });

  router.post('/questions/:id/priority', async (req, res) => {
    const credentials = await writer(req);
    const id = idOf(req);
    const { priority } = parseInput(schemas.priority, req.body, 'request');
    res.json(await service.setPriority(credentials, id, priority));
  });

  router.post('/questions/:id/move', async (req, res) => {
    const credentials = await writer(req);
    const id = idOf(req);
    const { queueId } = parseInput(schemas.move, req.body, 'request');
    res.json(await service.moveQuestion(credentials, id, queueId));
  });

  return router;
}
