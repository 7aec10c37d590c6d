import { createBackend } from '@backstage/backend-defaults';
import {
  backstageFeatures,
  communityFeatures,
  demoSignInFeature,
} from './features';

const backend = createBackend();
for (const feature of [...backstageFeatures, demoSignInFeature, ...communityFeatures]) {
  backend.add(feature);
}
backend.start();
