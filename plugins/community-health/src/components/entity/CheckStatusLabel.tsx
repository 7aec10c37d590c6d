import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusWarning,
} from '@backstage/core-components';
import type { CheckStatus } from '@community-hub/plugin-community-health-common';

/** A check's status as a coloured label: Pass, Fail, Exempt or Missing. */
export function CheckStatusLabel(props: { status: CheckStatus | undefined }) {
  switch (props.status) {
    case 'pass':
      return <StatusOK>Pass</StatusOK>;
    case 'fail':
      return <StatusError>Fail</StatusError>;
    case 'exempt':
      return <StatusAborted>Exempt</StatusAborted>;
    default:
      return <StatusWarning>Missing</StatusWarning>;
  }
}
