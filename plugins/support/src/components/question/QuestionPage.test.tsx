import { mockApis } from '@backstage/frontend-test-utils';
import type { QuestionDetails } from '@community-hub/plugin-support-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  answer,
  mockSupportApi,
  queue,
  questionDetails,
} from '../../__testUtils__/fixtures';
import { renderSupport } from '../../__testUtils__/renderSupport';
import { QuestionPage } from './QuestionPage';

function setup(details: QuestionDetails, overrides = {}) {
  const api = mockSupportApi({
    getQuestion: jest.fn().mockResolvedValue(details),
    listQueues: jest.fn().mockResolvedValue({
      items: [queue('kestrel-flow', { title: 'Kestrel Flow' })],
    }),
    ...overrides,
  });
  const view = renderSupport(<QuestionPage />, {
    api,
    path: `/support/questions/${details.question.id}`,
    mountPath: '/support/questions/:id',
    apis: [mockApis.identity({ userEntityRef: 'user:default/ana.lima' })],
  });
  return { api, view };
}

const questionArticle = () =>
  document.querySelector<HTMLElement>('[data-question-id]')!;
const answerArticle = (id: number) =>
  document.querySelector<HTMLElement>(`[data-answer-id="${id}"]`)!;

const heading = (title: string) =>
  screen.findByRole('heading', { name: title, level: 2 });

jest.setTimeout(30000);

describe('QuestionPage', () => {
  it('shows the question, its answer and facts, and hides what the reader may not do', async () => {
    const { api } = setup(
      questionDetails({
        can: { answer: false, edit: false, accept: false, moderate: false },
      }),
    );

    await heading('How do I retry a failed step?');
    expect(api.getQuestion).toHaveBeenCalledWith(7);
    expect(within(questionArticle()).getByText('sometimes').tagName).toBe(
      'STRONG',
    );
    expect(screen.getByText('retry', { selector: 'code' })).toBeInTheDocument();
    expect(screen.getByText('1 answer')).toBeInTheDocument();
    expect(
      within(screen.getByRole('complementary', { name: 'Details' })).getByRole(
        'link',
        { name: 'Kestrel Flow' },
      ),
    ).toHaveAttribute('href', '/support/questions?queue=kestrel-flow');

    for (const name of [
      'Accept answer',
      'Promote to FAQ',
      'Moderate',
      'Edit',
      'Post answer',
      'Add a comment',
    ]) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    expect(screen.queryByLabelText('Answer')).not.toBeInTheDocument();
    screen
      .getAllByRole('button', { name: 'Vote up' })
      .forEach(button => expect(button).toBeDisabled());
  });

  it('lets the author accept an answer and shows it accepted after the reload', async () => {
    const before = questionDetails({
      can: { answer: true, edit: true, accept: true, moderate: false },
    });
    const after = questionDetails({
      ...before,
      question: {
        ...before.question,
        status: 'answered',
        acceptedAnswerId: 12,
      },
      answers: [answer(12, { body: 'Use a `retry` block.', accepted: true })],
    });
    const { api } = setup(before, {
      acceptAnswer: jest.fn().mockResolvedValue(after.question),
      getQuestion: jest
        .fn()
        .mockResolvedValueOnce(before)
        .mockResolvedValue(after),
    });

    await userEvent.click(
      await screen.findByRole('button', { name: 'Accept answer' }),
    );

    expect(api.acceptAnswer).toHaveBeenCalledWith(7, 12);
    expect(await screen.findByText('Accepted answer')).toBeInTheDocument();
    expect(api.getQuestion).toHaveBeenCalledTimes(2);
    expect(
      screen.queryByRole('button', { name: 'Accept answer' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Unaccept answer' }),
    ).toBeEnabled();
    // Only the team promotes answers to the FAQ.
    expect(
      screen.queryByRole('button', { name: 'Promote to FAQ' }),
    ).not.toBeInTheDocument();
  });

  it('posts an answer and votes', async () => {
    const { api } = setup(questionDetails(), {
      addAnswer: jest.fn().mockResolvedValue(answer(13)),
      voteQuestion: jest.fn().mockResolvedValue({ score: 1, myVote: 1 }),
      voteAnswer: jest.fn().mockResolvedValue({ score: -1, myVote: -1 }),
    });

    await screen.findByLabelText('Answer');
    // Substring and case-insensitive, as browser tests match labels.
    expect(screen.getAllByLabelText(/answer/i)).toHaveLength(1);
    await userEvent.type(screen.getByLabelText('Answer'), 'Set `retries: 3`.');
    await userEvent.click(screen.getByRole('button', { name: 'Post answer' }));
    expect(api.addAnswer).toHaveBeenCalledWith(7, {
      body: 'Set `retries: 3`.',
    });

    await userEvent.click(
      within(questionArticle()).getByRole('button', { name: 'Vote up' }),
    );
    expect(api.voteQuestion).toHaveBeenCalledWith(7, 1);
    await userEvent.click(
      within(answerArticle(12)).getByRole('button', { name: 'Vote down' }),
    );
    expect(api.voteAnswer).toHaveBeenCalledWith(12, -1);
  });

  it('gives the team the moderation menu and promotion of the accepted answer', async () => {
    const details = questionDetails({
      can: { answer: true, edit: true, accept: true, moderate: true },
      answers: [answer(12, { accepted: true })],
    });
    const { api } = setup(details, {
      promoteToFaq: jest.fn().mockResolvedValue({ id: 4 }),
    });

    await userEvent.click(
      await screen.findByRole('button', { name: 'Promote to FAQ' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Promote to FAQ' });
    expect(within(dialog).getByLabelText('FAQ title')).toHaveValue(
      'How do I retry a failed step?',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Promote' }),
    );
    expect(api.promoteToFaq).toHaveBeenCalledWith(
      7,
      12,
      'How do I retry a failed step?',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Moderate' }));
    const items = screen.getAllByRole('menuitem').map(item => item.textContent);
    expect(items).toEqual([
      'Close',
      'Mark as duplicate',
      'Assign',
      'Change priority',
      'Move to another queue',
    ]);
  });

  it('marks the question as a duplicate of another by number', async () => {
    const { api } = setup(
      questionDetails({
        can: { answer: true, edit: true, accept: true, moderate: true },
      }),
      { changeStatus: jest.fn().mockResolvedValue({}) },
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Moderate' }),
    );
    await userEvent.click(
      screen.getByRole('menuitem', { name: 'Mark as duplicate' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Mark as duplicate' });
    await userEvent.type(
      within(dialog).getByLabelText('Duplicate of question number'),
      '3',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Mark as duplicate' }),
    );
    expect(api.changeStatus).toHaveBeenCalledWith(7, {
      status: 'closed',
      reason: 'duplicate',
      duplicateOf: 3,
    });
  });

  it('shows breach marks and duplicate links both ways', async () => {
    const base = questionDetails();
    setup(
      questionDetails({
        question: {
          ...base.question,
          firstResponseDueAt: '2020-01-01T09:00:00.000Z',
          firstResponseBreachedAt: '2020-01-01T09:01:00.000Z',
        },
        duplicateOf: { id: 3, title: 'Retry basics', status: 'answered' },
        duplicates: [{ id: 9, title: 'Retrying steps', status: 'closed' }],
        faqEntryId: 4,
      }),
    );
    expect(await screen.findByText(/^Breached: was due/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Retry basics' })).toHaveAttribute(
      'href',
      '/support/questions/3',
    );
    expect(
      within(screen.getByRole('list', { name: 'Duplicates' })).getByRole(
        'link',
        { name: 'Retrying steps' },
      ),
    ).toHaveAttribute('href', '/support/questions/9');
    expect(
      screen.getByRole('link', { name: 'Open the FAQ entry' }),
    ).toHaveAttribute('href', '/support/faq/4');
  });

  it('renders an XSS payload as inert text: no script, no javascript: links, no handlers', async () => {
    const payload = [
      '<script>window.pwned = 1</script>',
      '<img src=x onerror="window.pwned = 2">',
      '<a href="javascript:window.pwned = 3">raw link</a>',
      '[md link](javascript:window.pwned=4)',
      '[upper](JAVASCRIPT:window.pwned=5)',
      '[spaced](  javascript:window.pwned=6)',
      '![image](javascript:window.pwned=7)',
      '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '<iframe src="javascript:window.pwned=8"></iframe>',
      '<svg onload="window.pwned=9"></svg>',
      '[safe](https://kestrel.dev/docs)',
    ].join('\n\n');
    const base = questionDetails();
    const { view } = setup(
      questionDetails({
        question: { ...base.question, body: payload },
        answers: [answer(12, { body: payload })],
      }),
    );
    await heading('How do I retry a failed step?');

    const container = view.container;
    expect(container.querySelectorAll('script')).toHaveLength(0);
    expect(container.querySelectorAll('iframe')).toHaveLength(0);
    expect(container.querySelectorAll('svg[onload]')).toHaveLength(0);
    const all = Array.from(container.querySelectorAll('*'));
    const handlers = all.filter(element =>
      Array.from(element.attributes).some(attr => /^on/i.test(attr.name)),
    );
    expect(handlers).toHaveLength(0);
    const unsafe = Array.from(
      container.querySelectorAll('a[href], img[src]'),
    ).filter(element =>
      /^\s*(javascript|data|vbscript):/i.test(
        element.getAttribute('href') ?? element.getAttribute('src') ?? '',
      ),
    );
    expect(unsafe).toHaveLength(0);
    expect((window as { pwned?: number }).pwned).toBeUndefined();
    // The safe link still works, and the raw HTML shows as text.
    expect(screen.getAllByRole('link', { name: /^safe/ })[0]).toHaveAttribute(
      'href',
      'https://kestrel.dev/docs',
    );
    expect(questionArticle()).toHaveTextContent(
      '<script>window.pwned = 1</script>',
    );
  });

  it('says so when the question cannot be seen', async () => {
    const notFound = Object.assign(new Error('not found'), {
      name: 'ResponseError',
      statusCode: 404,
    });
    const api = mockSupportApi({
      getQuestion: jest.fn().mockRejectedValue(notFound),
      listQueues: jest.fn().mockResolvedValue({ items: [] }),
    });
    renderSupport(<QuestionPage />, {
      api,
      path: '/support/questions/99',
      mountPath: '/support/questions/:id',
    });
    expect(await screen.findByText('Question not found')).toBeInTheDocument();
    await waitFor(() => expect(api.getQuestion).toHaveBeenCalledWith(99));
  });
});
