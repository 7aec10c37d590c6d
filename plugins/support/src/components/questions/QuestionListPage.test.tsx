import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  mockSupportApi,
  queue,
  questionSummary,
} from '../../__testUtils__/fixtures';
import { probedSearch } from '../../__testUtils__/LocationProbe';
import { renderSupport } from '../../__testUtils__/renderSupport';
import { QuestionListPage } from './QuestionListPage';

const page = (ids: number[], totalCount: number, offset = 0) => ({
  items: ids.map(id =>
    questionSummary(id, {
      title: `Question ${id}`,
      score: id,
      answerCount: 2,
    }),
  ),
  totalCount,
  offset,
  limit: 25,
});

function setup(path: string, questions = page([1, 2], 60)) {
  const api = mockSupportApi({
    listQueues: jest.fn().mockResolvedValue({
      items: [
        queue('kestrel-flow', { title: 'Kestrel Flow' }),
        queue('security', { title: 'Security', visibility: 'private' }),
      ],
    }),
    listQuestions: jest.fn().mockResolvedValue(questions),
  });
  renderSupport(<QuestionListPage />, { api, path });
  return api;
}

jest.setTimeout(30000);

describe('QuestionListPage', () => {
  it('reads the filters and page from the address and asks the API for them', async () => {
    const api = setup(
      '/support/questions?queue=kestrel-flow&status=open&status=answered&tag=retry&breached=true&assigned=true&q=backoff&sort=votes&page=2',
    );

    expect(await screen.findByText('60 questions')).toBeInTheDocument();
    expect(api.listQuestions).toHaveBeenCalledWith({
      queue: 'kestrel-flow',
      status: ['open', 'answered'],
      tag: 'retry',
      mine: undefined,
      assignedToMe: true,
      breached: true,
      unanswered: undefined,
      entityRef: undefined,
      q: 'backoff',
      sort: 'votes',
      limit: 25,
      offset: 25,
    });
    expect(screen.getByLabelText('Breached')).toBeChecked();
    expect(screen.getByLabelText('Mine')).not.toBeChecked();
    expect(screen.getByLabelText('Search')).toHaveValue('backoff');
    expect(screen.getByText('26-50 of 60')).toBeInTheDocument();
  });

  it('shows each question with its status, priority, score, answers and due badge', async () => {
    setup('/support/questions', {
      items: [
        questionSummary(4, {
          title: 'Late question',
          priority: 'urgent',
          score: 5,
          answerCount: 0,
          firstResponseDueAt: '2020-01-01T00:00:00.000Z',
          firstResponseBreachedAt: '2020-01-01T00:01:00.000Z',
        }),
      ],
      totalCount: 1,
      offset: 0,
      limit: 25,
    });

    const table = await screen.findByRole('table', { name: 'Questions' });
    const row = within(table).getAllByRole('row')[1];
    expect(
      within(row).getByRole('link', { name: 'Late question' }),
    ).toHaveAttribute('href', '/support/questions/4');
    expect(row).toHaveTextContent('Open');
    expect(row).toHaveTextContent('Urgent');
    expect(row).toHaveTextContent('5');
    expect(within(row).getByText('Response overdue')).toBeInTheDocument();
    expect(screen.getByText('1 question')).toBeInTheDocument();
  });

  it('puts a changed filter into the address, back on the first page', async () => {
    const api = setup('/support/questions?queue=kestrel-flow&page=3');
    await screen.findByText('60 questions');

    await userEvent.click(screen.getByLabelText('Unanswered'));

    await waitFor(() =>
      expect(api.listQuestions).toHaveBeenLastCalledWith(
        expect.objectContaining({
          queue: 'kestrel-flow',
          unanswered: true,
          offset: 0,
        }),
      ),
    );
    const params = probedSearch(screen.getByTestId('location'));
    expect(params.get('unanswered')).toBe('true');
    expect(params.get('queue')).toBe('kestrel-flow');
    expect(params.has('page')).toBe(false);
  });

  it('puts typed search words into the address once typing pauses', async () => {
    const api = setup('/support/questions');
    await screen.findByText('60 questions');

    await userEvent.type(screen.getByLabelText('Search'), 'retry policy');

    await waitFor(
      () =>
        expect(probedSearch(screen.getByTestId('location')).get('q')).toBe(
          'retry policy',
        ),
      { timeout: 2000 },
    );
    await waitFor(() =>
      expect(api.listQuestions).toHaveBeenLastCalledWith(
        expect.objectContaining({ q: 'retry policy' }),
      ),
    );
  });

  it('pages through the results 25 at a time', async () => {
    const api = setup('/support/questions?status=open');
    await screen.findByText('1-25 of 60');

    api.listQuestions.mockResolvedValue(page([26, 27], 60, 25));
    await userEvent.click(screen.getByRole('button', { name: /next page/i }));

    await screen.findByText('26-50 of 60');
    expect(api.listQuestions).toHaveBeenLastCalledWith(
      expect.objectContaining({ status: ['open'], offset: 25, limit: 25 }),
    );
    const params = probedSearch(screen.getByTestId('location'));
    expect(params.get('page')).toBe('2');
    expect(params.get('status')).toBe('open');
  });
});
