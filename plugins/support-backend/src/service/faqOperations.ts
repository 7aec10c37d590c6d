import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { userRefOf } from './caller';
import { SupportContext } from './context';
import { searchWords } from './searchWords';
import type { SupportService } from './SupportService';

/**
 * The knowledge base: the queue's team promotes an answer of a public
 * question to an FAQ entry. Entries come from public questions only, so
 * whoever may read public questions may read them.
 */
export function faqOperations(
  context: SupportContext,
): Pick<
  SupportService,
  'promoteToFaq' | 'listFaq' | 'getFaqEntry' | 'deleteFaqEntry'
> {
  const { store, authorizer } = context;

  async function readsPublicQuestions(credentials: BackstageCredentials) {
    const access = await authorizer.ticketAccess(credentials);
    return access.can('read', {
      visibility: 'public',
      authorRef: '',
      teamRef: '',
    });
  }

  return {
    async promoteToFaq(credentials, questionId, answerId, title) {
      const promotedByRef = userRefOf(credentials);
      const opened = await context.openQuestion(credentials, questionId);
      context.require(
        opened,
        'moderate',
        "Only the queue's team may promote answers to the FAQ",
      );
      const question = (await store.getQuestion(questionId))!;
      if (question.visibility !== 'public') {
        throw new ConflictError(
          `Question ${questionId} is private; only public questions become FAQ entries`,
        );
      }
      const answer = await store.getAnswer(answerId);
      if (!answer || answer.questionId !== questionId) {
        throw new InputError(
          `Invalid request: answerId: no answer ${answerId} on question ${questionId}`,
        );
      }
      if (answer.kind !== 'answer') {
        throw new InputError(
          `Invalid request: answerId: ${answerId} is a comment, not an answer`,
        );
      }
      if (await store.getFaqEntryForQuestion(questionId)) {
        throw new ConflictError(
          `Question ${questionId} is already an FAQ entry`,
        );
      }
      return store.createFaqEntry({
        queueId: question.queueId,
        questionId,
        answerId,
        title: title ?? question.title,
        question: question.body,
        answer: answer.body,
        promotedByRef,
        createdAt: context.now(),
      });
    },

    async listFaq(credentials, query) {
      if (query.queue) context.queueNamed(query.queue, 'queue');
      const { limit, offset } = query;
      if (!(await readsPublicQuestions(credentials))) {
        return { items: [], totalCount: 0, limit, offset };
      }
      return store.listFaq({
        queueIds: query.queue ? [query.queue] : undefined,
        words: query.q ? searchWords(query.q) : undefined,
        limit,
        offset,
      });
    },

    async getFaqEntry(credentials, id) {
      const entry = await store.getFaqEntry(id);
      if (!entry || !(await readsPublicQuestions(credentials))) {
        throw new NotFoundError(`No FAQ entry ${id}`);
      }
      return entry;
    },

    async deleteFaqEntry(credentials, id) {
      userRefOf(credentials);
      const entry = await store.getFaqEntry(id);
      if (!entry) throw new NotFoundError(`No FAQ entry ${id}`);
      const opened = await context.openQuestion(credentials, entry.questionId);
      context.require(
        opened,
        'moderate',
        "Only the queue's team may remove FAQ entries",
      );
      await store.deleteFaqEntry(id);
    },
  };
}
