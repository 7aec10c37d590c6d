// The "stock" variant of the benchmark: the portal's Backstage plugins with
// the allow-all policy and without the community modules (demo sign-in stays,
// so that the benchmark can get tokens).
import { createBackend } from '@backstage/backend-defaults';
import {
  backstageFeatures,
  demoSignInFeature,
} from '../packages/backend/src/features';

const backend = createBackend();
for (const feature of [
  ...backstageFeatures,
  demoSignInFeature,
  import('@backstage/plugin-permission-backend-module-allow-all-policy'),
]) {
  backend.add(feature);
}
backend.start();
