import { IndexableDocument } from '@backstage/plugin-search-common';
import {
  QuestionStatus,
  SupportApi,
  SupportPriority,
} from '@community-hub/plugin-support-common';

/** The part of the support API that the collators read. @public */
export type SupportReader = Pick<
  SupportApi,
  'listQueues' | 'listQuestions' | 'getQuestion' | 'listFaq'
>;

/** Search document type of public support questions. @public */
export const SUPPORT_QUESTION_DOCUMENT_TYPE = 'support-question';

/** Search document type of FAQ entries. @public */
export const SUPPORT_FAQ_DOCUMENT_TYPE = 'support-faq';

/**
 * A public question in the search index. `text` holds the body and an
 * excerpt of the accepted answer; `location` is `/support/questions/<id>`.
 *
 * @public
 */
export interface SupportQuestionDocument extends IndexableDocument {
  questionId: number;
  /** The queue's id. */
  queue: string;
  /** The queue's id again, under the name the support API uses. */
  queueId: string;
  queueTitle: string;
  status: QuestionStatus;
  priority: SupportPriority;
  tags: string[];
  answerCount: number;
  score: number;
  /** Whether an answer was accepted. */
  answered: boolean;
  /** ISO instant. */
  createdAt: string;
  authorization: { resourceRef: string };
}

/**
 * An FAQ entry in the search index. `text` holds the question and the
 * answer; `location` is `/support/faq/<id>`.
 *
 * @public
 */
export interface SupportFaqDocument extends IndexableDocument {
  faqEntryId: number;
  questionId: number;
  /** The queue's id. */
  queue: string;
  /** The queue's id again, under the name the support API uses. */
  queueId: string;
  queueTitle: string;
  /** ISO instant. */
  updatedAt: string;
}
