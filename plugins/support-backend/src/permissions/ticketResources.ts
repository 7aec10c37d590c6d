import { SupportStore } from '../store/SupportStore';
import { SupportTicket } from './rules';

/**
 * The id of the question a resource ref names: `support-ticket:42`, as search
 * documents of questions carry it, or plain `42`.
 */
function questionIdOf(resourceRef: string): number | undefined {
  const match = /^(?:support-ticket:)?([1-9]\d{0,14})$/.exec(resourceRef);
  return match ? Number(match[1]) : undefined;
}

/**
 * Loads the tickets named by resource refs for the permission framework's
 * conditional checks (`getResources`), so that search results are filtered
 * for each reader; unknown refs give `undefined` (denied).
 */
export async function loadTickets(
  store: SupportStore,
  resourceRefs: string[],
): Promise<Array<SupportTicket | undefined>> {
  return Promise.all(
    resourceRefs.map(async ref => {
      const id = questionIdOf(ref);
      return id === undefined ? undefined : store.getQuestionTeam(id);
    }),
  );
}
