import { ConflictError, InputError } from '@backstage/errors';
import { Question, StatusChange } from '@community-hub/plugin-support-common';
import { QuestionPatch } from '../store/SupportStore';

/**
 * The change of a question's columns for a status change:
 * `resolved` from open or answered; `closed` with a reason from any other
 * status (a duplicate names a readable original, which links back);
 * `open` again from any other status, clearing the resolution and closing.
 * `resolvedAt` records when the question last left `open`.
 */
export async function statusPatch(options: {
  question: Question;
  change: StatusChange;
  now: Date;
  /** The original of a duplicate, if the caller may read it. */
  findDuplicateTarget(id: number): Promise<Question | undefined>;
}): Promise<QuestionPatch> {
  const { question, change, now } = options;
  const leavesOpen = question.status === 'open' ? { resolvedAt: now } : {};

  switch (change.status) {
    case 'resolved':
      if (question.status === 'resolved' || question.status === 'closed') {
        throw new ConflictError(
          `Question ${question.id} is ${question.status}; reopen it first`,
        );
      }
      return { status: 'resolved', ...leavesOpen, updatedAt: now };

    case 'open':
      if (question.status === 'open') {
        throw new ConflictError(`Question ${question.id} is already open`);
      }
      return {
        status: 'open',
        resolvedAt: null,
        closedAt: null,
        closeReason: null,
        duplicateOfId: null,
        updatedAt: now,
      };

    case 'closed': {
      if (question.status === 'closed') {
        throw new ConflictError(`Question ${question.id} is already closed`);
      }
      let duplicateOfId: number | null = null;
      if (change.reason === 'duplicate') {
        duplicateOfId = change.duplicateOf;
        await checkDuplicateTarget(options, duplicateOfId);
      }
      return {
        status: 'closed',
        closeReason: change.reason,
        duplicateOfId,
        closedAt: now,
        ...leavesOpen,
        updatedAt: now,
      };
    }
    default:
      throw new InputError('Invalid request: status: unknown status');
  }
}

async function checkDuplicateTarget(
  options: Parameters<typeof statusPatch>[0],
  targetId: number,
): Promise<void> {
  const { question } = options;
  if (targetId === question.id) {
    throw new InputError(
      'Invalid request: duplicateOf: a question cannot duplicate itself',
    );
  }
  const target = await options.findDuplicateTarget(targetId);
  if (!target) {
    throw new InputError(
      `Invalid request: duplicateOf: no question ${targetId}`,
    );
  }
  if (target.duplicateOfId === question.id) {
    throw new InputError(
      `Invalid request: duplicateOf: question ${targetId} is a duplicate of this one`,
    );
  }
}
