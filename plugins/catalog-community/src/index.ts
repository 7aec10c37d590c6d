/**
 * Frontend for Community Hub's community kinds: Partner pages and the
 * partners shown on package pages.
 *
 * @packageDocumentation
 */
import { createFrontendModule } from '@backstage/frontend-plugin-api';
import {
  packagePartnersCard,
  partnerContactsCard,
  partnerPackagesCard,
  partnerProfileCard,
} from './extensions';

/** @public */
export const catalogCommunityModule = createFrontendModule({
  pluginId: 'catalog',
  extensions: [
    partnerProfileCard,
    partnerContactsCard,
    partnerPackagesCard,
    packagePartnersCard,
  ],
});

export default catalogCommunityModule;
