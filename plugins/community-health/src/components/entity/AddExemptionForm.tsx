import { FormEvent, useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import type {
  CheckResult,
  Exemption,
  Scorecard,
} from '@community-hub/plugin-community-health-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import { makeStyles } from '@material-ui/core/styles';
import { communityHealthApiRef } from '../../api/communityHealthApiRef';
import { errorMessage, isForbidden } from '../../lib/errors';
import { utcToday } from '../../lib/exemptionState';
import { ErrorNotice } from '../shared/ErrorNotice';
import {
  earliestExpiry,
  ExemptionDraft,
  ExemptionErrors,
  latestExpiry,
  MAX_JUSTIFICATION,
  validateExemption,
} from './validateExemption';

const useStyles = makeStyles(theme => ({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(2),
    maxWidth: 640,
    marginTop: theme.spacing(2),
  },
  actions: { display: 'flex', gap: theme.spacing(1) },
}));

const STATUS_NOTE: Record<string, string> = {
  fail: ' (failing)',
  missing: ' (no data)',
  exempt: ' (exempt)',
};

/** The server's refusal, titled by why it happened. */
function refusalTitle(error: unknown): string {
  if (isForbidden(error)) return 'You cannot add exemptions for this entity';
  return (error as { statusCode?: number }).statusCode === 400
    ? 'The exemption was not accepted'
    : 'The exemption could not be saved';
}

/**
 * The form to exempt an entity from a check: which check, why and until
 * when. Checked here first; the server's own refusals (400, 403) are shown
 * as it words them.
 */
export function AddExemptionForm(props: {
  entityRef: string;
  scorecard: Scorecard;
  results: CheckResult[];
  onSaved(exemption: Exemption): void;
  onCancel(): void;
}) {
  const classes = useStyles();
  const api = useApi(communityHealthApiRef);
  const [draft, setDraft] = useState<ExemptionDraft>({
    checkId: '',
    justification: '',
    expiresOn: '',
  });
  const [errors, setErrors] = useState<ExemptionErrors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const statusOf = new Map(props.results.map(r => [r.checkId, r.status]));
  const today = utcToday();

  const change = (field: keyof ExemptionDraft) => (value: string) => {
    setDraft(previous => ({ ...previous, [field]: value }));
    setErrors(previous => ({ ...previous, [field]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateExemption(draft, {
      checkIds: props.scorecard.checks.map(check => check.id),
      today,
    });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    setFailure(undefined);
    try {
      const saved = await api.addExemption(props.entityRef, {
        checkId: draft.checkId,
        justification: draft.justification.trim(),
        expiresOn: draft.expiresOn,
      });
      props.onSaved(saved);
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className={classes.form}
      onSubmit={submit}
      noValidate
      aria-label="New exemption"
    >
      <TextField
        select
        id="exemption-check"
        label="Check"
        variant="outlined"
        size="small"
        value={draft.checkId}
        onChange={e => change('checkId')(e.target.value)}
        error={!!errors.checkId}
        helperText={errors.checkId}
        SelectProps={{ native: true }}
        InputLabelProps={{ shrink: true }}
        inputProps={{ 'aria-required': true }}
      >
        <option value="">Choose a check</option>
        {props.scorecard.checks.map(check => (
          <option key={check.id} value={check.id}>
            {check.title}
            {STATUS_NOTE[statusOf.get(check.id) ?? ''] ?? ''}
          </option>
        ))}
      </TextField>
      <TextField
        id="exemption-justification"
        label="Justification"
        variant="outlined"
        multiline
        minRows={3}
        value={draft.justification}
        onChange={e => change('justification')(e.target.value)}
        error={!!errors.justification}
        helperText={
          errors.justification ??
          `Why the check does not apply, for the audit (at most ${MAX_JUSTIFICATION.toLocaleString(
            'en-US',
          )} characters).`
        }
        inputProps={{ 'aria-required': true }}
      />
      <TextField
        id="exemption-expires-on"
        label="Expires on"
        type="date"
        variant="outlined"
        size="small"
        value={draft.expiresOn}
        onChange={e => change('expiresOn')(e.target.value)}
        error={!!errors.expiresOn}
        helperText={
          errors.expiresOn ??
          'The last day the exemption applies; at most a year ahead.'
        }
        InputLabelProps={{ shrink: true }}
        inputProps={{
          min: earliestExpiry(today),
          max: latestExpiry(today),
          'aria-required': true,
        }}
      />
      {failure !== undefined && (
        <ErrorNotice
          title={refusalTitle(failure)}
          message={errorMessage(failure)}
        />
      )}
      <Box className={classes.actions}>
        <Button
          type="submit"
          variant="contained"
          color="primary"
          disabled={saving}
        >
          Save exemption
        </Button>
        <Button onClick={props.onCancel} disabled={saving}>
          Cancel
        </Button>
      </Box>
    </form>
  );
}
