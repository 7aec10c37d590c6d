import { createRouteRef } from '@backstage/frontend-plugin-api';

/** The calendar page at `/calendar`. @public */
export const rootRouteRef = createRouteRef();
