import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type {
  RegistrationClosedReason,
  RegistrationSummary,
} from '@community-hub/plugin-calendar-common';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { calendarApiRef } from '../../api/calendarApiRef';
import { errorMessage } from '../../lib/errors';
import { formatInstant } from '../../lib/time';
import { wallTimeToInstant } from './eventTiming';

const useStyles = makeStyles(theme => ({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1),
    alignItems: 'flex-start',
  },
  seats: { fontWeight: 600 },
}));

/** What the panel needs to know about the event besides the registration picture. */
export interface RegistrationEventInfo {
  eventRef: string;
  timeZone: string;
  registration?: { opens?: string; closes?: string };
}

function closedText(
  reason: RegistrationClosedReason | undefined,
  event: RegistrationEventInfo,
  readerZone: string,
): string {
  const when = (wallTime: string) =>
    `${formatInstant(
      wallTimeToInstant(wallTime, event.timeZone),
      readerZone,
    )} your time`;
  switch (reason) {
    case 'draft':
      return 'Registration is not open: this event is still a draft.';
    case 'cancelled':
      return 'This event was cancelled, so it takes no registrations.';
    case 'not-yet-open':
      return event.registration?.opens
        ? `Registration opens on ${when(event.registration.opens)}.`
        : 'Registration has not opened yet.';
    case 'closed':
      return event.registration?.closes
        ? `Registration closed on ${when(event.registration.closes)}.`
        : 'Registration has closed.';
    case 'ended':
      return 'This event is over.';
    default:
      return 'Registration is closed.';
  }
}

function seatsText(summary: RegistrationSummary): string {
  if (summary.capacity === undefined) {
    return `No seat limit; ${summary.registered} registered`;
  }
  const seatsLeft =
    summary.seatsLeft ?? Math.max(summary.capacity - summary.registered, 0);
  if (seatsLeft > 0) {
    return `${seatsLeft} of ${summary.capacity} seats left`;
  }
  const waiting =
    summary.waitlisted === 1 ? '1 person' : `${summary.waitlisted} people`;
  return `Full: all ${summary.capacity} seats are taken; ${waiting} on the waitlist`;
}

/**
 * Registration for a gathering: seats left or the waitlist, the person's own
 * place, the button to register or cancel, and why registration is closed.
 */
export function RegistrationPanel(props: {
  event: RegistrationEventInfo;
  summary: RegistrationSummary;
  readerZone: string;
  onChange(summary: RegistrationSummary): void;
}) {
  const { event, summary } = props;
  const classes = useStyles();
  const calendarApi = useApi(calendarApiRef);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const act = async (action: 'register' | 'cancel') => {
    setBusy(true);
    setError(undefined);
    try {
      props.onChange(
        action === 'register'
          ? await calendarApi.register(event.eventRef)
          : await calendarApi.cancelRegistration(event.eventRef),
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const { mine } = summary;
  const full = summary.capacity !== undefined && (summary.seatsLeft ?? 0) <= 0;
  const canLeave =
    summary.closedReason !== 'ended' && summary.closedReason !== 'cancelled';

  let status: string | undefined;
  let button: { label: string; action: 'register' | 'cancel' } | undefined;
  if (mine.status === 'registered') {
    status = 'You are registered.';
    if (canLeave) button = { label: 'Cancel registration', action: 'cancel' };
  } else if (mine.status === 'waitlisted') {
    status = `You are on the waitlist, number ${mine.waitlistPosition}. You get a seat when someone ahead of you cancels.`;
    if (canLeave) button = { label: 'Leave the waitlist', action: 'cancel' };
  } else if (summary.open) {
    button = full
      ? { label: 'Join the waitlist', action: 'register' }
      : { label: 'Register', action: 'register' };
  } else {
    status = closedText(summary.closedReason, event, props.readerZone);
  }

  return (
    <div className={classes.panel} aria-label="Registration" role="region">
      <Typography
        variant="body2"
        className={classes.seats}
        data-testid="registration-seats"
      >
        {seatsText(summary)}
      </Typography>
      {status && <Typography variant="body2">{status}</Typography>}
      {button && (
        <Button
          variant={button.action === 'register' ? 'contained' : 'outlined'}
          color="primary"
          disabled={busy}
          onClick={() => act(button!.action)}
        >
          {button.label}
        </Button>
      )}
      {error !== undefined && (
        <Typography variant="body2" color="error" role="alert">
          {errorMessage(error)}
        </Typography>
      )}
    </div>
  );
}
