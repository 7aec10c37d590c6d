import {
  SearchFilterResultTypeBlueprint,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import LiveHelpIcon from '@material-ui/icons/LiveHelp';
import { SUPPORT_SEARCH_TYPES } from '../components/search/supportSearchTypes';

/** Support questions and FAQ entries in the search results. */
export const supportSearchResultListItem = SearchResultListItemBlueprint.make({
  params: {
    icon: <LiveHelpIcon />,
    predicate: result => SUPPORT_SEARCH_TYPES.includes(result.type),
    component: () =>
      import('../components/search/SupportSearchResultListItem').then(
        m => m.SupportSearchResultListItem,
      ),
  },
});

/** "Support questions" among the search page's result types. */
export const supportQuestionResultType = SearchFilterResultTypeBlueprint.make({
  name: 'support-questions',
  params: {
    value: 'support-question',
    name: 'Support questions',
    icon: <LiveHelpIcon />,
  },
});

/** "Support FAQ" among the search page's result types. */
export const supportFaqResultType = SearchFilterResultTypeBlueprint.make({
  name: 'support-faq',
  params: {
    value: 'support-faq',
    name: 'Support FAQ',
    icon: <LiveHelpIcon />,
  },
});
