import { screen } from '@testing-library/react';
import { faqEntry, mockSupportApi } from '../../__testUtils__/fixtures';
import { renderSupport } from '../../__testUtils__/renderSupport';
import { FaqEntryPage } from './FaqEntryPage';
import { faqMarkdownLink } from './faqMarkdownLink';

describe('FaqEntryPage', () => {
  it('shows the entry with its source question and a Markdown link for docs', async () => {
    const api = mockSupportApi({
      getFaqEntry: jest
        .fn()
        .mockResolvedValue(faqEntry(4, { title: 'How do I retry [a] step?' })),
    });
    renderSupport(<FaqEntryPage />, {
      api,
      path: '/support/faq/4',
      mountPath: '/support/faq/:id',
    });

    expect(
      await screen.findByRole('heading', { name: 'How do I retry [a] step?' }),
    ).toBeInTheDocument();
    expect(api.getFaqEntry).toHaveBeenCalledWith(4);
    expect(screen.getByText('retry', { selector: 'code' })).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'See the original question' }),
    ).toHaveAttribute('href', '/support/questions/7');
    expect(screen.getByLabelText('Markdown link for docs')).toHaveValue(
      `[How do I retry \\[a\\] step?](${window.location.origin}/support/faq/4)`,
    );
  });
});

describe('faqMarkdownLink', () => {
  it('escapes brackets in the text and parentheses in the address', () => {
    expect(
      faqMarkdownLink('A [b]', 'https://hub.example/support/faq/(1)'),
    ).toBe('[A \\[b\\]](https://hub.example/support/faq/%281%29)');
  });
});
