import { screen, within } from '@testing-library/react';
import { mockSupportApi, questionSummary } from '../../__testUtils__/fixtures';
import { renderSupport } from '../../__testUtils__/renderSupport';
import { UnansweredQuestionsCard } from './UnansweredQuestionsCard';

describe('UnansweredQuestionsCard', () => {
  it('lists the oldest unanswered questions and links to all of them', async () => {
    const api = mockSupportApi({
      listQuestions: jest.fn().mockResolvedValue({
        items: [
          questionSummary(3, {
            title: 'Oldest',
            firstResponseDueAt: '2020-01-01T00:00:00.000Z',
          }),
          questionSummary(5, { title: 'Newer' }),
        ],
        totalCount: 12,
        offset: 0,
        limit: 5,
      }),
    });
    renderSupport(<UnansweredQuestionsCard />, { api });

    const list = await screen.findByRole('list', {
      name: 'Unanswered questions',
    });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(
      within(items[0]).getByRole('link', { name: 'Oldest' }),
    ).toHaveAttribute('href', '/support/questions/3');
    expect(within(items[0]).getByText('Response overdue')).toBeInTheDocument();
    expect(api.listQuestions).toHaveBeenCalledWith({
      status: ['open'],
      unanswered: true,
      sort: 'oldest',
      limit: 5,
    });
    const all = screen.getByRole('link', {
      name: 'All 12 unanswered questions',
    });
    const href = new URL(all.getAttribute('href')!, 'http://x');
    expect(href.pathname).toBe('/support/questions');
    expect(href.searchParams.get('unanswered')).toBe('true');
  });

  it('thanks everyone when nothing waits', async () => {
    const api = mockSupportApi({
      listQuestions: jest
        .fn()
        .mockResolvedValue({ items: [], totalCount: 0, offset: 0, limit: 5 }),
    });
    renderSupport(<UnansweredQuestionsCard />, { api });
    expect(
      await screen.findByText('Every question has a response. Thank you!'),
    ).toBeInTheDocument();
  });
});
