import { screen } from '@testing-library/react';
import {
  faqEntry,
  mockSupportApi,
  questionDetails,
} from '../__testUtils__/fixtures';
import { renderSupport } from '../__testUtils__/renderSupport';
import { SupportRouter } from './SupportRouter';

function renderAt(path: string) {
  const api = mockSupportApi({
    listQueues: jest.fn().mockResolvedValue({ items: [] }),
    getQuestion: jest.fn().mockResolvedValue(questionDetails()),
    listFaq: jest.fn().mockResolvedValue({
      items: [faqEntry(4, { title: 'Retries' })],
      totalCount: 1,
      offset: 0,
      limit: 25,
    }),
  });
  renderSupport(<SupportRouter />, { api, path, mountPath: '/support' });
  return api;
}

jest.setTimeout(30000);

describe('SupportRouter', () => {
  it('opens a question at /support/questions/:id', async () => {
    const api = renderAt('/support/questions/7');
    expect(
      await screen.findByRole('heading', {
        name: 'How do I retry a failed step?',
      }),
    ).toBeInTheDocument();
    expect(api.getQuestion).toHaveBeenCalledWith(7);
  });

  it('opens the FAQ at /support/faq', async () => {
    renderAt('/support/faq');
    expect(
      await screen.findByRole('link', { name: 'Retries' }),
    ).toHaveAttribute('href', '/support/faq/4');
  });

  it('opens the ask form at /support/ask', async () => {
    renderAt('/support/ask');
    expect(
      await screen.findByRole('heading', { name: 'Ask a question' }),
    ).toBeInTheDocument();
  });
});
