import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  Answer,
  Question,
  SupportQueue,
} from '@community-hub/plugin-support-common';

/** The portal page of a question, for links in notifications. */
export function questionLink(id: number): string {
  return `/support/questions/${id}`;
}

const TOPIC = 'support';

/**
 * Tells people about what happens to questions: the queue's team about new
 * questions, the author about answers and accepted answers. Each kind has a
 * scope per question, so a later notification updates the earlier one
 * instead of piling up. A failed notification is logged, never fails a write.
 */
export class SupportNotifier {
  constructor(
    private readonly options: {
      notifications: NotificationService;
      logger: LoggerService;
    },
  ) {}

  /** The queue's team hears of a new question (not the person who asked it). */
  async questionCreated(question: Question, queue: SupportQueue) {
    await this.send(
      {
        recipients: {
          type: 'entity',
          entityRef: queue.team,
          excludeEntityRef: question.authorRef,
        },
        payload: {
          title: `New question in ${queue.title}: ${question.title}`,
          description: `A ${question.priority} priority ${question.visibility} question is waiting for its first response.`,
          link: questionLink(question.id),
          topic: TOPIC,
          severity: question.priority === 'urgent' ? 'high' : 'normal',
          scope: `support:question:${question.id}:new`,
        },
      },
      `the team of queue ${queue.id} of question ${question.id}`,
    );
  }

  /** The author hears of an answer or comment by someone else. */
  async answerAdded(question: Question, answer: Answer) {
    if (answer.authorRef === question.authorRef) return;
    const what = answer.kind === 'answer' ? 'A new answer' : 'A new comment';
    await this.send(
      {
        recipients: { type: 'entity', entityRef: question.authorRef },
        payload: {
          title: `${what} on your question: ${question.title}`,
          link: questionLink(question.id),
          topic: TOPIC,
          scope: `support:question:${question.id}:answers`,
        },
      },
      `the author of question ${question.id}`,
    );
  }

  /** The answer's author and the question's author hear that an answer was accepted. */
  async answerAccepted(question: Question, answer: Answer, acceptedBy: string) {
    const scope = `support:question:${question.id}:accepted`;
    if (answer.authorRef !== acceptedBy) {
      await this.send(
        {
          recipients: { type: 'entity', entityRef: answer.authorRef },
          payload: {
            title: `Your answer was accepted: ${question.title}`,
            link: questionLink(question.id),
            topic: TOPIC,
            scope,
          },
        },
        `the author of answer ${answer.id}`,
      );
    }
    if (question.authorRef !== acceptedBy) {
      await this.send(
        {
          recipients: { type: 'entity', entityRef: question.authorRef },
          payload: {
            title: `An answer to your question was accepted: ${question.title}`,
            link: questionLink(question.id),
            topic: TOPIC,
            scope,
          },
        },
        `the author of question ${question.id}`,
      );
    }
  }

  private async send(
    options: Parameters<NotificationService['send']>[0],
    who: string,
  ) {
    try {
      await this.options.notifications.send(options);
    } catch (error) {
      this.options.logger.warn(`Could not notify ${who}: ${error}`);
    }
  }
}
