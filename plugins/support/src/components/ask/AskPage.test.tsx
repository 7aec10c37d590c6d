import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  mockSupportApi,
  queue,
  questionSummary,
  responseError,
} from '../../__testUtils__/fixtures';
import { renderSupport } from '../../__testUtils__/renderSupport';
import { AskPage } from './AskPage';

const queues = [
  queue('kestrel-flow', { title: 'Kestrel Flow' }),
  queue('security', {
    title: 'Security reports',
    visibility: 'private',
  }),
];

function setup(path = '/support/ask', overrides = {}) {
  const api = mockSupportApi({
    listQueues: jest.fn().mockResolvedValue({ items: queues }),
    findSimilarQuestions: jest.fn().mockResolvedValue({ items: [] }),
    ...overrides,
  });
  renderSupport(<AskPage />, {
    api,
    path,
    apis: [[catalogApiRef, catalogApiMock({ entities: [] })]],
  });
  return api;
}

jest.setTimeout(30000);

describe('AskPage', () => {
  it('says what is missing and sends nothing', async () => {
    const api = setup();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Post question' }),
    );

    expect(screen.getByText('Choose a queue.')).toBeInTheDocument();
    expect(screen.getByText('Enter a title.')).toBeInTheDocument();
    expect(screen.getByText('Describe your question.')).toBeInTheDocument();
    expect(api.createQuestion).not.toHaveBeenCalled();
  });

  it('labels each field with a name no other element shares', async () => {
    setup();
    await screen.findByLabelText('Title');
    for (const name of [
      'Queue',
      'Title',
      'Question',
      'Tags',
      'Priority',
      'Visibility',
    ]) {
      // Substring and case-insensitive, as browser tests match labels.
      expect(screen.getAllByLabelText(new RegExp(name, 'i'))).toHaveLength(1);
    }
  });

  it('rejects too many tags and a malformed entity ref', async () => {
    const api = setup();
    await userEvent.type(
      await screen.findByLabelText('Tags'),
      'a, b, c, d, e, f',
    );
    await userEvent.type(screen.getByLabelText('Related entity'), 'not a ref:');
    await userEvent.click(
      screen.getByRole('button', { name: 'Post question' }),
    );

    expect(screen.getByText('Use at most 5 tags.')).toBeInTheDocument();
    expect(
      screen.getByText('Use an entity ref such as component:default/name.'),
    ).toBeInTheDocument();
    expect(api.createQuestion).not.toHaveBeenCalled();
  });

  it('suggests similar questions while the title is typed', async () => {
    const api = setup('/support/ask?queue=kestrel-flow', {
      findSimilarQuestions: jest.fn().mockResolvedValue({
        items: [
          questionSummary(3, { title: 'Retry a failed step', answerCount: 2 }),
        ],
      }),
    });

    await userEvent.type(
      await screen.findByLabelText('Title'),
      'How do I retry',
    );

    const similar = (
      await screen.findByRole(
        'heading',
        { name: 'Similar questions' },
        { timeout: 3000 },
      )
    ).closest('section')!;
    expect(
      within(similar).getByRole('link', { name: 'Retry a failed step' }),
    ).toHaveAttribute('href', '/support/questions/3');
    // Debounced: look-ups for settled titles, not one per key.
    expect(api.findSimilarQuestions.mock.calls.length).toBeLessThan(4);
    expect(api.findSimilarQuestions).toHaveBeenLastCalledWith(
      'How do I retry',
      'kestrel-flow',
    );
  });

  it("shows the server's message when it refuses the question", async () => {
    const api = setup('/support/ask?queue=kestrel-flow', {
      createQuestion: jest
        .fn()
        .mockRejectedValue(
          responseError(400, 'body is longer than 20000 characters'),
        ),
    });
    await userEvent.type(await screen.findByLabelText('Title'), 'Retries');
    await userEvent.type(screen.getByLabelText('Question'), 'How?');
    await userEvent.click(
      screen.getByRole('button', { name: 'Post question' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'body is longer than 20000 characters',
    );
    expect(api.createQuestion).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('location')).toHaveTextContent('/support/ask');
  });

  it('forces private questions in a private queue, posts, and opens the new question', async () => {
    const api = setup('/support/ask?entityRef=component:default/kestrel-flow', {
      createQuestion: jest
        .fn()
        .mockResolvedValue({ ...questionSummary(41), body: 'x' }),
    });
    const queueSelect = await screen.findByLabelText('Queue');
    expect(
      within(queueSelect).getByRole('option', {
        name: 'Security reports (private)',
      }),
    ).toBeInTheDocument();
    await userEvent.selectOptions(queueSelect, 'security');
    expect(screen.getByLabelText('Visibility')).toHaveValue('private');
    expect(screen.getByLabelText('Visibility')).toBeDisabled();

    await userEvent.type(screen.getByLabelText('Title'), '  A token leaks  ');
    await userEvent.type(screen.getByLabelText('Question'), 'Details **here**');
    await userEvent.click(screen.getByRole('tab', { name: 'Preview' }));
    expect(
      within(screen.getByRole('region', { name: 'Preview' })).getByText('here')
        .tagName,
    ).toBe('STRONG');
    await userEvent.type(screen.getByLabelText('Tags'), 'Tokens, auth');
    await userEvent.selectOptions(screen.getByLabelText('Priority'), 'urgent');
    await userEvent.click(
      screen.getByRole('button', { name: 'Post question' }),
    );

    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(
        '/support/questions/41',
      ),
    );
    expect(api.createQuestion).toHaveBeenCalledWith({
      queueId: 'security',
      title: 'A token leaks',
      body: 'Details **here**',
      tags: ['tokens', 'auth'],
      priority: 'urgent',
      visibility: 'private',
      entityRef: 'component:default/kestrel-flow',
    });
  });
});
