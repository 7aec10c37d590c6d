import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { SupportSearchResultListItem } from './SupportSearchResultListItem';

describe('SupportSearchResultListItem', () => {
  it('shows a question result with its kind, status and queue, linking to it', async () => {
    await renderInTestApp(
      <SupportSearchResultListItem
        type="support-question"
        result={{
          title: 'How do I retry?',
          text: 'My step fails sometimes.',
          location: '/support/questions/7',
          status: 'answered',
          queueId: 'kestrel-flow',
        }}
      />,
    );
    expect(
      screen.getByRole('link', { name: 'How do I retry?' }),
    ).toHaveAttribute('href', '/support/questions/7');
    expect(screen.getByText('Question')).toBeInTheDocument();
    expect(screen.getByText('answered')).toBeInTheDocument();
    expect(screen.getByText('kestrel-flow')).toBeInTheDocument();
  });

  it('marks FAQ entries', async () => {
    await renderInTestApp(
      <SupportSearchResultListItem
        type="support-faq"
        result={{
          title: 'Retries',
          text: 'Use a retry block.',
          location: '/support/faq/4',
        }}
      />,
    );
    expect(screen.getByText('FAQ')).toBeInTheDocument();
  });
});
