import {
  createExtensionTester,
  mockApis,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { fetchApiRef, toastApiRef } from '@backstage/frontend-plugin-api';
import {
  AsyncEntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { Entity } from '@backstage/catalog-model';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router-dom';
import { createdEntityCard } from '../extensions';
import { CreatedEntityCard } from './CreatedEntityCard';
import { dateInWords, editableParts } from './createdEntities';

const BASE = 'http://example.com/api/catalog/community/created-entities';

const created: Entity = {
  apiVersion: 'communityhub.dev/v1alpha1',
  kind: 'Event',
  metadata: {
    name: 'kestrel-meetup',
    namespace: 'default',
    title: 'Kestrel Meetup',
    uid: '8f7e-uid',
    etag: 'etag-1',
    annotations: {
      'communityhub.dev/created-by': 'user:default/maintainer',
      'communityhub.dev/created-at': '2025-03-12T10:00:00.000Z',
      'backstage.io/managed-by-location':
        'community-created-entities:event:default/kestrel-meetup',
      'backstage.io/managed-by-origin-location':
        'community-created-entities:event:default/kestrel-meetup',
      'backstage.io/techdocs-ref': 'dir:.',
    },
  },
  spec: {
    type: 'meetup',
    start: '2025-04-01T18:00:00Z',
    end: '2025-04-01T20:00:00Z',
    owner: 'group:default/organisers',
  },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/organisers' }],
  status: { items: [] },
} as Entity;

const fromCatalog: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'kestrel-core', namespace: 'default' },
  spec: {
    type: 'library',
    lifecycle: 'production',
    owner: 'group:default/core',
  },
};

function LocationDisplay() {
  return <div data-testid="location">{useLocation().pathname}</div>;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

const errorBody = (name: string, message: string, statusCode: number) => ({
  error: { name, message },
  request: { method: 'PUT', url: '/x' },
  response: { statusCode },
});

async function renderCard(
  entity: Entity,
  fetch: jest.Mock,
  refresh = jest.fn(),
) {
  const toastApi = { post: jest.fn() };
  await renderInTestApp(
    <AsyncEntityProvider entity={entity} loading={false} refresh={refresh}>
      <CreatedEntityCard refreshDelaysMs={[0]} />
      <LocationDisplay />
    </AsyncEntityProvider>,
    {
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      initialRouteEntries: ['/catalog/default/event/kestrel-meetup'],
      apis: [
        [fetchApiRef, { fetch }],
        [toastApiRef, toastApi],
        mockApis.discovery(),
      ],
    },
  );
  return { toastApi, refresh };
}

describe('CreatedEntityCard', () => {
  it('is placed only on entities created in the portal, of any kind', () => {
    const filter = createExtensionTester(createdEntityCard).get(
      EntityCardBlueprint.dataRefs.filterFunction,
    );
    expect(filter).toBeDefined();
    expect(filter!(created)).toBe(true);
    expect(filter!(fromCatalog)).toBe(false);
    expect(
      filter!({
        ...fromCatalog,
        metadata: {
          ...fromCatalog.metadata,
          annotations: {
            'communityhub.dev/created-by': 'user:default/someone',
          },
        },
      }),
    ).toBe(true);
  });

  it('shows nothing without the created-by annotation', async () => {
    await renderCard(fromCatalog, jest.fn());
    expect(screen.queryByText('Created in the portal')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Edit' }),
    ).not.toBeInTheDocument();
  });

  it('shows who created the entity and when', async () => {
    await renderCard(created, jest.fn());
    expect(screen.getByText('Created in the portal')).toBeInTheDocument();
    expect(await screen.findByText(/maintainer/)).toBeInTheDocument();
    const when = screen.getByTitle('2025-03-12T10:00:00.000Z');
    expect(when).toHaveTextContent(dateInWords('2025-03-12T10:00:00.000Z'));
    expect(when).toHaveTextContent(/2025/);
    expect(screen.getByRole('button', { name: 'Edit' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Remove' })).toBeEnabled();
  });

  it('edits the cleaned entity as JSON and sends it with PUT', async () => {
    const fetch = jest.fn().mockResolvedValue(
      json(200, {
        entityRef: 'event:default/kestrel-meetup',
        entityUrl: '/catalog/default/event/kestrel-meetup',
      }),
    );
    const { toastApi, refresh } = await renderCard(created, fetch);

    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('JSON');
    const textarea = within(dialog).getByRole('textbox') as HTMLTextAreaElement;
    const shown = JSON.parse(textarea.value);
    expect(shown).toEqual({
      metadata: {
        name: 'kestrel-meetup',
        namespace: 'default',
        title: 'Kestrel Meetup',
        annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
      },
      spec: created.spec,
    });
    expect(textarea.value).toBe(JSON.stringify(shown, null, 2));

    shown.metadata.title = 'Kestrel Spring Meetup';
    fireEvent.change(textarea, { target: { value: JSON.stringify(shown) } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(`${BASE}/Event/default/kestrel-meetup`);
    expect(init.method).toBe('PUT');
    expect(init.headers).toEqual({ 'Content-Type': 'application/json' });
    expect(JSON.parse(init.body)).toEqual({
      entity: {
        apiVersion: 'communityhub.dev/v1alpha1',
        kind: 'Event',
        metadata: {
          name: 'kestrel-meetup',
          namespace: 'default',
          title: 'Kestrel Spring Meetup',
          annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
        },
        spec: created.spec,
      },
    });

    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(toastApi.post).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Saved; the catalog shows the change within a few seconds',
      }),
    );
    await waitFor(() => expect(refresh).toHaveBeenCalled());
  });

  it("keeps the dialog open and shows the API's message when it refuses the change", async () => {
    const fetch = jest
      .fn()
      .mockResolvedValueOnce(
        json(
          400,
          errorBody('InputError', 'spec.end: must be after spec.start', 400),
        ),
      )
      .mockResolvedValueOnce(
        json(
          403,
          errorBody(
            'NotAllowedError',
            'Only the creator, the owner group or a community manager may change event:default/kestrel-meetup',
            403,
          ),
        ),
      );
    const { toastApi, refresh } = await renderCard(created, fetch);

    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog');
    const textarea = within(dialog).getByRole('textbox') as HTMLTextAreaElement;
    const edited = JSON.parse(textarea.value);
    edited.spec.end = '2025-04-01T17:00:00Z';
    fireEvent.change(textarea, {
      target: { value: JSON.stringify(edited, null, 2) },
    });

    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'spec.end: must be after spec.start',
    );
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(textarea.value).toContain('2025-04-01T17:00:00Z');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /Only the creator, the owner group or a community manager/,
    );
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(toastApi.post).not.toHaveBeenCalled();
    expect(refresh).not.toHaveBeenCalled();
  });

  it('does not send text that is not JSON or that renames the entity', async () => {
    const fetch = jest.fn();
    await renderCard(created, fetch);

    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog');
    const textarea = within(dialog).getByRole('textbox');

    fireEvent.change(textarea, { target: { value: '{ "metadata": ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /Not valid JSON/,
    );

    fireEvent.change(textarea, {
      target: {
        value: JSON.stringify({ metadata: { name: 'other' }, spec: {} }),
      },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'metadata.name: cannot change, must stay kestrel-meetup',
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it('removes the entity after confirmation and goes to the catalog', async () => {
    const fetch = jest
      .fn()
      .mockResolvedValue(new Response(null, { status: 204 }));
    const { toastApi } = await renderCard(created, fetch);

    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Remove event:kestrel-meetup?');
    expect(dialog).toHaveTextContent('Kestrel Meetup (event:kestrel-meetup)');
    expect(fetch).not.toHaveBeenCalled();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(`${BASE}/Event/default/kestrel-meetup`);
    expect(init.method).toBe('DELETE');

    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(/^\/catalog$/),
    );
    expect(toastApi.post).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Removed event:kestrel-meetup' }),
    );
  });

  it('does not remove when cancelled, and shows a refusal', async () => {
    const fetch = jest
      .fn()
      .mockResolvedValue(
        json(
          403,
          errorBody(
            'NotAllowedError',
            'Only the creator, the owner group or a community manager may delete event:default/kestrel-meetup',
            403,
          ),
        ),
      );
    await renderCard(created, fetch);

    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    fireEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Cancel',
      }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(fetch).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /Only the creator, the owner group or a community manager may delete/,
    );
    expect(screen.getByTestId('location')).toHaveTextContent(
      '/catalog/default/event/kestrel-meetup',
    );
  });
});

describe('editableParts', () => {
  it('drops what the catalog and the portal set', () => {
    const parts = editableParts(created);
    expect(parts.metadata).not.toHaveProperty('uid');
    expect(parts.metadata).not.toHaveProperty('etag');
    expect(parts).not.toHaveProperty('relations');
    expect(parts).not.toHaveProperty('status');
    expect(parts.metadata.annotations).toEqual({
      'backstage.io/techdocs-ref': 'dir:.',
    });
  });

  it('leaves out annotations when only the portal set any', () => {
    const { annotations, ...metadata } = created.metadata;
    const parts = editableParts({
      ...created,
      metadata: {
        ...metadata,
        annotations: {
          'communityhub.dev/created-by': 'user:default/maintainer',
        },
      },
    });
    expect(parts.metadata).not.toHaveProperty('annotations');
  });
});
