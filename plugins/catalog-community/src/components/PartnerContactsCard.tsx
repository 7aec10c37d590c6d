import { InfoCard } from '@backstage/core-components';
import { EntityRefLinks, getEntityRelations, useEntity } from '@backstage/plugin-catalog-react';
import { RELATION_HAS_CONTACT } from '@community-hub/catalog-common';
import Typography from '@material-ui/core/Typography';

/** The people to talk to about this partnership. */
export function PartnerContactsCard() {
  const { entity } = useEntity();
  const contacts = getEntityRelations(entity, RELATION_HAS_CONTACT);
  return (
    <InfoCard title="Contacts">
      {contacts.length ? (
        <EntityRefLinks entityRefs={contacts} defaultKind="user" />
      ) : (
        <Typography variant="body2">No contacts listed.</Typography>
      )}
    </InfoCard>
  );
}
