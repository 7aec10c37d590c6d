import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  QuestionDetails,
  supportQuestionCreatePermission,
} from '@community-hub/plugin-support-common';
import { computeDueTimes } from '../sla/dueTimes';
import { QuestionListQuery } from '../store/SupportStore';
import { userRefOf, viewerRefOf } from './caller';
import { SupportContext } from './context';
import { distinctiveWords, searchWords } from './searchWords';
import { statusPatch } from './statusChange';
import type { SupportService } from './SupportService';

const SIMILAR_LIMIT = 5;

/** Asking, reading, listing and editing questions, votes and status changes. */
export function questionOperations(
  context: SupportContext,
): Pick<
  SupportService,
  | 'listQuestions'
  | 'findSimilarQuestions'
  | 'createQuestion'
  | 'getQuestion'
  | 'editQuestion'
  | 'listQuestionRevisions'
  | 'voteQuestion'
  | 'changeStatus'
> {
  const { store, queues, authorizer, notifier } = context;

  return {
    async listQuestions(credentials, query) {
      const viewerRef = viewerRefOf(credentials);
      if ((query.mine || query.assignedToMe) && !viewerRef) {
        throw new InputError(
          `Invalid query: ${
            query.mine ? 'mine' : 'assignedToMe'
          }: only for signed-in people`,
        );
      }
      if (query.queue) context.queueNamed(query.queue, 'queue');
      const limit = query.limit ?? 25;
      const offset = query.offset ?? 0;
      const access = await authorizer.ticketAccess(credentials);
      if (access.readsNothing) {
        return { items: [], totalCount: 0, offset, limit };
      }
      const listQuery: QuestionListQuery = {
        queueIds: query.queue ? [query.queue] : undefined,
        status: query.status,
        tag: query.tag,
        authorRef: query.mine ? viewerRef : undefined,
        assigneeRef: query.assignedToMe ? viewerRef : undefined,
        breached: query.breached,
        unanswered: query.unanswered,
        entityRef: query.entityRef,
        entityQueueIds: query.entityRef
          ? queues.forEntity(query.entityRef).map(queue => queue.id)
          : undefined,
        visibility: query.visibility,
        words: query.q ? searchWords(query.q) : undefined,
        sort: query.sort ?? 'newest',
        limit,
        offset,
      };
      const { items, totalCount } = await store.listQuestions(
        listQuery,
        access.readFilter,
      );
      return { items, totalCount, offset, limit };
    },

    async findSimilarQuestions(credentials, text, queueId) {
      if (queueId) context.queueNamed(queueId, 'queue');
      const words = distinctiveWords(text);
      const access = await authorizer.ticketAccess(credentials);
      if (words.length === 0 || access.readsNothing) return { items: [] };
      const items = await store.findSimilar(words, access.readFilter, {
        queueId,
        limit: SIMILAR_LIMIT,
      });
      return { items };
    },

    async createQuestion(credentials, input) {
      const authorRef = userRefOf(credentials);
      await authorizer.authorize(
        credentials,
        supportQuestionCreatePermission,
        'You are not allowed to ask questions',
      );
      const queue = context.queueNamed(input.queueId, 'queueId');
      const priority = input.priority ?? 'normal';
      const createdAt = context.now();
      const due = computeDueTimes(queue.guideline, priority, createdAt);
      const question = await store.createQuestion({
        queueId: queue.id,
        teamRef: queue.team,
        title: input.title,
        body: input.body,
        tags: input.tags ?? [],
        priority,
        visibility:
          queue.visibility === 'private'
            ? 'private'
            : input.visibility ?? 'public',
        authorRef,
        entityRef: input.entityRef,
        createdAt,
        ...due,
      });
      await notifier.questionCreated(question, queue);
      return question;
    },

    async getQuestion(credentials, id) {
      const opened = await context.openQuestion(credentials, id);
      const viewerRef = viewerRefOf(credentials);
      const { readFilter } = opened.access;
      const question = await store.getQuestion(id);
      if (!question) throw new NotFoundError(`No question ${id}`);
      const [answers, duplicates, duplicateOf, faq, myVote] = await Promise.all(
        [
          store.listAnswers(id, viewerRef),
          store.listDuplicates(id, readFilter),
          question.duplicateOfId === undefined
            ? undefined
            : store.getQuestion(question.duplicateOfId, readFilter),
          store.getFaqEntryForQuestion(id),
          viewerRef
            ? store.getVote({ type: 'question', id }, viewerRef)
            : Promise.resolve(0),
        ],
      );
      const open = question.status !== 'closed';
      const can = (action: Parameters<typeof opened.access.can>[0]) =>
        opened.access.can(action, opened.ticket);
      const details: QuestionDetails = {
        question,
        answers,
        duplicates,
        duplicateOf: duplicateOf && {
          id: duplicateOf.id,
          title: duplicateOf.title,
          status: duplicateOf.status,
        },
        faqEntryId: faq?.id,
        myVote,
        can: {
          answer: open && can('answer'),
          edit: can('update'),
          accept: open && can('update'),
          moderate: can('moderate'),
        },
      };
      return details;
    },

    async editQuestion(credentials, id, edit) {
      const editorRef = userRefOf(credentials);
      const opened = await context.openQuestion(credentials, id);
      context.require(
        opened,
        'update',
        "Only the question's author and its queue's team may edit it",
      );
      return store.updateQuestion(
        id,
        { ...edit, updatedAt: context.now() },
        { editorRef },
      );
    },

    async listQuestionRevisions(credentials, id) {
      await context.openQuestion(credentials, id);
      return { items: await store.listRevisions({ type: 'question', id }) };
    },

    async voteQuestion(credentials, id, value) {
      const userRef = userRefOf(credentials);
      const opened = await context.openQuestion(credentials, id);
      context.require(opened, 'answer', 'You may not vote on this question');
      if (opened.ticket.authorRef === userRef) {
        throw new ConflictError('You cannot vote on your own question');
      }
      return store.vote({ type: 'question', id }, userRef, value);
    },

    async changeStatus(credentials, id, change) {
      userRefOf(credentials);
      const opened = await context.openQuestion(credentials, id);
      if (change.status === 'closed') {
        context.require(
          opened,
          'moderate',
          "Only the queue's team may close questions",
        );
      } else {
        context.require(
          opened,
          'update',
          "Only the question's author and its queue's team may resolve or reopen it",
        );
      }
      const question = (await store.getQuestion(id))!;
      const patch = await statusPatch({
        question,
        change,
        now: context.now(),
        findDuplicateTarget: target =>
          store.getQuestion(target, opened.access.readFilter),
      });
      return store.updateQuestion(id, patch);
    },
  };
}
