import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { Answer } from '@community-hub/plugin-support-common';
import { userRefOf, viewerRefOf } from './caller';
import { OpenedQuestion, SupportContext } from './context';
import { countsAsFirstResponse } from './firstResponse';
import type { SupportService } from './SupportService';

/** Answers and comments, their edits and votes, and accepting an answer. */
export function answerOperations(
  context: SupportContext,
): Pick<
  SupportService,
  | 'addAnswer'
  | 'editAnswer'
  | 'listAnswerRevisions'
  | 'voteAnswer'
  | 'acceptAnswer'
> {
  const { store, notifier, bots } = context;

  /** The answer and its question, if the caller may read the question. */
  async function openAnswer(
    credentials: BackstageCredentials,
    answerId: number,
  ): Promise<{ answer: Answer; opened: OpenedQuestion }> {
    const answer = await store.getAnswer(answerId, viewerRefOf(credentials));
    if (!answer) throw new NotFoundError(`No answer ${answerId}`);
    try {
      const opened = await context.openQuestion(credentials, answer.questionId);
      return { answer, opened };
    } catch (error) {
      if (error instanceof NotFoundError) {
        throw new NotFoundError(`No answer ${answerId}`);
      }
      throw error;
    }
  }

  /** An answer (not a comment) of the question; InputError naming `field` otherwise. */
  async function answerOf(questionId: number, answerId: number, field: string) {
    const answer = await store.getAnswer(answerId);
    if (!answer || answer.questionId !== questionId) {
      throw new InputError(
        `Invalid request: ${field}: no answer ${answerId} on question ${questionId}`,
      );
    }
    if (answer.kind !== 'answer') {
      throw new InputError(
        `Invalid request: ${field}: ${answerId} is a comment, not an answer`,
      );
    }
    return answer;
  }

  return {
    async addAnswer(credentials, questionId, input) {
      const authorRef = userRefOf(credentials);
      const opened = await context.openQuestion(credentials, questionId);
      context.require(opened, 'answer', 'You may not answer this question');
      const question = (await store.getQuestion(questionId))!;
      if (question.status === 'closed') {
        throw new ConflictError(
          `Question ${questionId} is closed; it takes no more answers`,
        );
      }
      const kind = input.kind ?? 'answer';
      if (input.parentId !== undefined) {
        if (kind === 'answer') {
          throw new InputError(
            'Invalid request: parentId: only a comment may reply to an answer',
          );
        }
        await answerOf(questionId, input.parentId, 'parentId');
      }
      const answer = await store.addAnswer({
        questionId,
        kind,
        parentId: input.parentId,
        body: input.body,
        authorRef,
        countsAsResponse: countsAsFirstResponse({
          replierRef: authorRef,
          authorRef: question.authorRef,
          bots,
        }),
        createdAt: context.now(),
      });
      await notifier.answerAdded(question, answer);
      return answer;
    },

    async editAnswer(credentials, answerId, body) {
      const editorRef = userRefOf(credentials);
      const { answer, opened } = await openAnswer(credentials, answerId);
      if (answer.authorRef !== editorRef) {
        context.require(
          opened,
          'moderate',
          "Only its author and the queue's team may edit this answer",
        );
      }
      return store.editAnswer(answerId, body, {
        editorRef,
        at: context.now(),
      });
    },

    async listAnswerRevisions(credentials, answerId) {
      await openAnswer(credentials, answerId);
      return {
        items: await store.listRevisions({ type: 'answer', id: answerId }),
      };
    },

    async voteAnswer(credentials, answerId, value) {
      const userRef = userRefOf(credentials);
      const { answer, opened } = await openAnswer(credentials, answerId);
      context.require(opened, 'answer', 'You may not vote on this answer');
      if (answer.authorRef === userRef) {
        throw new ConflictError('You cannot vote on your own answer');
      }
      return store.vote({ type: 'answer', id: answerId }, userRef, value);
    },

    async acceptAnswer(credentials, questionId, answerId) {
      const userRef = userRefOf(credentials);
      const opened = await context.openQuestion(credentials, questionId);
      context.require(
        opened,
        'update',
        "Only the question's author and its queue's team may accept an answer",
      );
      const question = (await store.getQuestion(questionId))!;
      if (question.status === 'closed') {
        throw new ConflictError(
          `Question ${questionId} is closed; reopen it first`,
        );
      }
      if (answerId === null) {
        return store.acceptAnswer(questionId, null, context.now());
      }
      const answer = await answerOf(questionId, answerId, 'answerId');
      if (question.acceptedAnswerId === answerId) return question;
      const accepted = await store.acceptAnswer(
        questionId,
        answerId,
        context.now(),
      );
      await notifier.answerAccepted(accepted, answer, userRef);
      return accepted;
    },
  };
}
