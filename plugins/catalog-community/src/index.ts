/**
 * Frontend for Community Hub's community kinds: Partner pages, the partners
 * shown on package pages, and the card to edit and remove the entities
 * created in the portal.
 *
 * @packageDocumentation
 */
import { createFrontendModule } from '@backstage/frontend-plugin-api';
import {
  createdEntityCard,
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
    createdEntityCard,
  ],
});

export default catalogCommunityModule;
