import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import EventIcon from '@material-ui/icons/Event';
import { calendarApiRef } from '../../api/calendarApiRef';
import { downloadFile } from '../../lib/downloadFile';
import { errorMessage } from '../../lib/errors';

/** Downloads the event as `<name>.ics`, for any calendar app. */
export function AddToCalendarButton(props: { eventRef: string; name: string }) {
  const calendarApi = useApi(calendarApiRef);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const ics = await calendarApi.getEventIcs(props.eventRef);
      downloadFile(`${props.name}.ics`, ics, 'text/calendar');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <Button
        variant="outlined"
        startIcon={<EventIcon />}
        onClick={download}
        disabled={busy}
      >
        Add to calendar
      </Button>
      {error !== undefined && (
        <Typography variant="body2" color="error" role="alert">
          {errorMessage(error)}
        </Typography>
      )}
    </div>
  );
}
