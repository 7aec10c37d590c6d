import type { Answer } from '@community-hub/plugin-support-common';

/** Answers and comments of a question, sorted into their places. */
export interface AnswerThreads {
  /** The accepted answer first, then by score, then oldest first. */
  answers: Answer[];
  /** Comments on the question itself, oldest first. */
  questionComments: Answer[];
  /** Comments on each answer by answer id, oldest first. */
  answerComments: Map<number, Answer[]>;
}

const byCreated = (a: Answer, b: Answer) =>
  Date.parse(a.createdAt) - Date.parse(b.createdAt);

/** Sorts a question's answers and comments into threads. */
export function sortAnswers(items: Answer[]): AnswerThreads {
  const answers = items
    .filter(item => item.kind === 'answer')
    .sort(
      (a, b) =>
        Number(b.accepted) - Number(a.accepted) ||
        b.score - a.score ||
        byCreated(a, b),
    );
  const comments = items
    .filter(item => item.kind === 'comment')
    .sort(byCreated);
  const answerComments = new Map<number, Answer[]>();
  for (const comment of comments) {
    if (comment.parentId === undefined || comment.parentId === null) continue;
    answerComments.set(comment.parentId, [
      ...(answerComments.get(comment.parentId) ?? []),
      comment,
    ]);
  }
  return {
    answers,
    questionComments: comments.filter(
      comment => comment.parentId === undefined || comment.parentId === null,
    ),
    answerComments,
  };
}
