import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { SupportQueue } from '@community-hub/plugin-support-common';
import { SupportTicket } from '../permissions/rules';
import {
  SupportAuthorizer,
  TicketAccess,
  TicketAction,
} from '../permissions/SupportAuthorizer';
import { QueueRegistry } from '../queues/QueueRegistry';
import { SupportStore } from '../store/SupportStore';
import { SupportNotifier } from './SupportNotifier';

/** What the support service is built from. */
export interface SupportServiceOptions {
  store: SupportStore;
  queues: QueueRegistry;
  authorizer: SupportAuthorizer;
  notifications: NotificationService;
  logger: LoggerService;
  /** Entity refs of bot users; their replies are never a first response. */
  bots: string[];
  now?: () => Date;
}

/** A question the caller may read, with their decisions on it. */
export interface OpenedQuestion {
  id: number;
  ticket: SupportTicket;
  access: TicketAccess;
}

/** Shared by the service's operations. */
export interface SupportContext {
  store: SupportStore;
  queues: QueueRegistry;
  authorizer: SupportAuthorizer;
  notifier: SupportNotifier;
  bots: readonly string[];
  now(): Date;
  /** The question if the caller may read it; NotFoundError otherwise. */
  openQuestion(
    credentials: BackstageCredentials,
    id: number,
  ): Promise<OpenedQuestion>;
  /** Throws NotAllowedError unless the caller may take the action. */
  require(opened: OpenedQuestion, action: TicketAction, message: string): void;
  /** The queue with the id; InputError naming `field` when there is none. */
  queueNamed(id: string, field: string): SupportQueue;
}

/** Builds the context the operations share. */
export function createSupportContext(
  options: SupportServiceOptions,
): SupportContext {
  const { store, queues, authorizer } = options;
  return {
    store,
    queues,
    authorizer,
    notifier: new SupportNotifier(options),
    bots: options.bots,
    now: options.now ?? (() => new Date()),

    async openQuestion(credentials, id) {
      const [access, ticket] = await Promise.all([
        authorizer.ticketAccess(credentials),
        store.getQuestionTeam(id),
      ]);
      if (!ticket || !access.can('read', ticket)) {
        throw new NotFoundError(`No question ${id}`);
      }
      return { id, ticket, access };
    },

    require(opened, action, message) {
      if (!opened.access.can(action, opened.ticket)) {
        throw new NotAllowedError(message);
      }
    },

    queueNamed(id, field) {
      const queue = queues.get(id);
      if (!queue) {
        throw new InputError(`Invalid request: ${field}: no queue '${id}'`);
      }
      return queue;
    },
  };
}
