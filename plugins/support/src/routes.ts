import {
  createRouteRef,
  createSubRouteRef,
} from '@backstage/frontend-plugin-api';

/** The support home at `/support`: queues with their backlog and health. @public */
export const rootRouteRef = createRouteRef();

/** The question list, `/support/questions`; filters go in the query string. */
export const questionsRouteRef = createSubRouteRef({
  parent: rootRouteRef,
  path: '/questions',
});

/** One question, `/support/questions/:id`. */
export const questionRouteRef = createSubRouteRef({
  parent: rootRouteRef,
  path: '/questions/:id',
});

/** The ask form, `/support/ask`; `queue` and `entityRef` pre-fill it. */
export const askRouteRef = createSubRouteRef({
  parent: rootRouteRef,
  path: '/ask',
});

/** The FAQ, `/support/faq`. */
export const faqRouteRef = createSubRouteRef({
  parent: rootRouteRef,
  path: '/faq',
});

/** One FAQ entry, `/support/faq/:id`: the permalink TechDocs pages link to. */
export const faqEntryRouteRef = createSubRouteRef({
  parent: rootRouteRef,
  path: '/faq/:id',
});

/** Support metrics, `/support/metrics`. */
export const metricsRouteRef = createSubRouteRef({
  parent: rootRouteRef,
  path: '/metrics',
});
