import { parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import type { CalendarApi } from './CalendarApi';
import type {
  AttendeeList,
  EventDetails,
  FeedSelector,
  FeedToken,
  FeedTokenWithUrl,
  ImportResult,
  MyRegistrationItem,
  OccurrenceFilter,
  OccurrencesResponse,
  RegistrationSummary,
} from './types';

/** @public */
export interface CalendarClientOptions {
  discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
  fetchApi?: { fetch: typeof fetch };
}

function eventPath(eventRef: string): string {
  const { namespace, name } = parseEntityRef(eventRef, {
    defaultKind: 'event',
  });
  return `/events/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`;
}

/**
 * A {@link CalendarApi} over HTTP, for the browser and for other backends.
 *
 * @public
 */
export class CalendarClient implements CalendarApi {
  private readonly discoveryApi: CalendarClientOptions['discoveryApi'];
  private readonly fetchApi: { fetch: typeof fetch };

  constructor(options: CalendarClientOptions) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi ?? { fetch: globalThis.fetch };
  }

  async getOccurrences(
    range: { from: string; to: string },
    filter: OccurrenceFilter = {},
  ): Promise<OccurrencesResponse> {
    const query = new URLSearchParams({ from: range.from, to: range.to });
    for (const type of filter.types ?? []) query.append('type', type);
    for (const tag of filter.tags ?? []) query.append('tag', tag);
    if (filter.relatedTo) query.set('relatedTo', filter.relatedTo);
    if (filter.category) query.set('category', filter.category);
    return this.json(`/occurrences?${query}`);
  }

  getEvent(eventRef: string): Promise<EventDetails> {
    return this.json(eventPath(eventRef));
  }

  async getEventIcs(eventRef: string): Promise<string> {
    const response = await this.request(`${eventPath(eventRef)}/ics`);
    return response.text();
  }

  register(eventRef: string): Promise<RegistrationSummary> {
    return this.json(`${eventPath(eventRef)}/registration`, { method: 'POST' });
  }

  cancelRegistration(eventRef: string): Promise<RegistrationSummary> {
    return this.json(`${eventPath(eventRef)}/registration`, {
      method: 'DELETE',
    });
  }

  getAttendees(eventRef: string): Promise<AttendeeList> {
    return this.json(`${eventPath(eventRef)}/attendees`);
  }

  getMyRegistrations(): Promise<{ items: MyRegistrationItem[] }> {
    return this.json('/my/registrations');
  }

  listFeedTokens(): Promise<{ items: FeedToken[] }> {
    return this.json('/feed-tokens');
  }

  createFeedToken(feed: FeedSelector): Promise<FeedTokenWithUrl> {
    return this.json('/feed-tokens', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ feed }),
    });
  }

  rotateFeedToken(id: string): Promise<FeedTokenWithUrl> {
    return this.json(`/feed-tokens/${encodeURIComponent(id)}/rotate`, {
      method: 'POST',
    });
  }

  async revokeFeedToken(id: string): Promise<void> {
    await this.request(`/feed-tokens/${encodeURIComponent(id)}`, {
      method: 'DELETE',
    });
  }

  importIcs(ics: string): Promise<ImportResult> {
    return this.json('/import', {
      method: 'POST',
      headers: { 'Content-Type': 'text/calendar' },
      body: ics,
    });
  }

  private async request(path: string, init?: RequestInit): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl('calendar');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }

  private async json<T>(path: string, init?: RequestInit): Promise<T> {
    const response = await this.request(path, init);
    return (await response.json()) as T;
  }
}
