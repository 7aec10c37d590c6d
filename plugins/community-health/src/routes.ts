import { createRouteRef } from '@backstage/frontend-plugin-api';

/** The community health dashboard at `/community-health`. @public */
export const rootRouteRef = createRouteRef();
