import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';

/** The oldest unanswered questions on the home page. */
export const unansweredQuestionsWidget = HomePageWidgetBlueprint.make({
  name: 'unanswered-questions',
  params: {
    name: 'UnansweredQuestions',
    title: 'Unanswered questions',
    description:
      'The oldest open questions without a response, with a link to the list',
    layout: { width: { defaultColumns: 6 } },
    components: () =>
      import('../components/widget/UnansweredQuestionsCard').then(m => ({
        Content: m.UnansweredQuestionsCard,
      })),
  },
});
