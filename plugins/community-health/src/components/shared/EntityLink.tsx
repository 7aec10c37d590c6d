import { parseEntityRef } from '@backstage/catalog-model';
import { Link } from '@backstage/core-components';
import { useEntityHref } from '../../hooks/useEntityHref';

/** A link to an entity's Health tab, named by the entity's name. */
export function EntityLink(props: { entityRef: string }) {
  const href = useEntityHref();
  const { name } = parseEntityRef(props.entityRef);
  return <Link to={href(props.entityRef, { tab: true })}>{name}</Link>;
}
