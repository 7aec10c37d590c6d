import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import LiveHelpIcon from '@material-ui/icons/LiveHelp';
import { entitySupportContent } from './extensions/entitySupportContent';
import { supportApi } from './extensions/supportApi';
import { supportPage } from './extensions/supportPage';
import {
  supportFaqResultType,
  supportQuestionResultType,
  supportSearchResultListItem,
} from './extensions/supportSearch';
import { unansweredQuestionsWidget } from './extensions/unansweredQuestionsWidget';
import { rootRouteRef } from './routes';

/**
 * Community support: the support pages (queues, questions, the ask form,
 * FAQ and metrics), the Support tab of component pages, the
 * unanswered-questions widget of the home page, and support results in search.
 *
 * @public
 */
export const supportPlugin = createFrontendPlugin({
  pluginId: 'support',
  title: 'Support',
  icon: <LiveHelpIcon fontSize="inherit" />,
  routes: { root: rootRouteRef },
  extensions: [
    supportApi,
    supportPage,
    entitySupportContent,
    unansweredQuestionsWidget,
    supportSearchResultListItem,
    supportQuestionResultType,
    supportFaqResultType,
  ],
});
