import { useState } from 'react';
import { parseEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import type {
  CheckResult,
  Exemption,
  Scorecard,
} from '@community-hub/plugin-community-health-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { communityHealthApiRef } from '../../api/communityHealthApiRef';
import { errorMessage } from '../../lib/errors';
import { exemptionState, utcToday } from '../../lib/exemptionState';
import { formatDate } from '../../lib/format';
import { ErrorNotice } from '../shared/ErrorNotice';
import { AddExemptionForm } from './AddExemptionForm';

const who = (ref?: string) => (ref ? parseEntityRef(ref).name : 'someone');

/** Where an exemption stands, with who withdrew it and when. */
function stateText(exemption: Exemption, today: string): string {
  if (exemption.revokedAt) {
    return `Withdrawn by ${who(exemption.revokedByRef)} on ${formatDate(
      exemption.revokedAt,
    )}`;
  }
  return exemptionState(exemption, today) === 'expired' ? 'Expired' : 'Active';
}

/**
 * The entity's exemptions, active first, then past ones kept for the audit:
 * which check, why, until when, who added it and who withdrew it. Its
 * maintainers and community managers add and withdraw them here.
 */
export function ExemptionsPanel(props: {
  entityRef: string;
  scorecard: Scorecard;
  results: CheckResult[];
  exemptions: Exemption[];
  canManage: boolean;
  onChanged(): void;
}) {
  const api = useApi(communityHealthApiRef);
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<number>();
  const [failure, setFailure] = useState<unknown>();
  const today = utcToday();
  const titleOf = (checkId: string) =>
    props.scorecard.checks.find(check => check.id === checkId)?.title ??
    checkId;
  const rank = { active: 0, expired: 1, withdrawn: 2 };
  const exemptions = [...props.exemptions].sort(
    (a, b) =>
      rank[exemptionState(a, today)] - rank[exemptionState(b, today)] ||
      b.createdAt.localeCompare(a.createdAt),
  );

  const withdraw = async (id: number) => {
    setWithdrawing(id);
    setFailure(undefined);
    try {
      await api.revokeExemption(id);
      props.onChanged();
    } catch (error) {
      setFailure(error);
    } finally {
      setWithdrawing(undefined);
    }
  };

  return (
    <>
      {exemptions.length === 0 ? (
        <Typography variant="body2">No exemptions.</Typography>
      ) : (
        <Table size="small" aria-label="Exemptions">
          <TableHead>
            <TableRow>
              <TableCell>Check</TableCell>
              <TableCell>Justification</TableCell>
              <TableCell>Expires on</TableCell>
              <TableCell>Added</TableCell>
              <TableCell>State</TableCell>
              {props.canManage && <TableCell />}
            </TableRow>
          </TableHead>
          <TableBody>
            {exemptions.map(exemption => {
              const active = exemptionState(exemption, today) === 'active';
              return (
                <TableRow
                  key={exemption.id}
                  data-testid={`exemption-${exemption.id}`}
                >
                  <TableCell>{titleOf(exemption.checkId)}</TableCell>
                  <TableCell>{exemption.justification}</TableCell>
                  <TableCell>{formatDate(exemption.expiresOn)}</TableCell>
                  <TableCell>
                    by {who(exemption.createdByRef)} on{' '}
                    {formatDate(exemption.createdAt)}
                  </TableCell>
                  <TableCell>{stateText(exemption, today)}</TableCell>
                  {props.canManage && (
                    <TableCell align="right">
                      {active && (
                        <Button
                          size="small"
                          disabled={withdrawing !== undefined}
                          onClick={() => withdraw(exemption.id)}
                        >
                          Withdraw
                        </Button>
                      )}
                    </TableCell>
                  )}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {failure !== undefined && (
        <Box mt={2}>
          <ErrorNotice
            title="The exemption could not be withdrawn"
            message={errorMessage(failure)}
          />
        </Box>
      )}
      {props.canManage && props.scorecard.checks.length > 0 && (
        <Box mt={2}>
          {adding ? (
            <AddExemptionForm
              entityRef={props.entityRef}
              scorecard={props.scorecard}
              results={props.results}
              onSaved={() => {
                setAdding(false);
                props.onChanged();
              }}
              onCancel={() => setAdding(false)}
            />
          ) : (
            <Button
              variant="outlined"
              color="primary"
              onClick={() => setAdding(true)}
            >
              Add exemption
            </Button>
          )}
        </Box>
      )}
      {!props.canManage && (
        <Box mt={2}>
          <Typography variant="body2" color="textSecondary">
            The entity's maintainers and community managers add and withdraw
            exemptions.
          </Typography>
        </Box>
      )}
    </>
  );
}
