import { ChangeEvent, useState } from 'react';
import { InfoCard, Progress, WarningPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import type { ImportResult } from '@community-hub/plugin-calendar-common';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { calendarApiRef } from '../../api/calendarApiRef';
import { errorMessage, isForbidden } from '../../lib/errors';
import { readFileText } from '../../lib/readFileText';
import { ImportedDrafts } from './ImportedDrafts';

const useStyles = makeStyles(theme => ({
  input: { display: 'none' },
  picker: { margin: theme.spacing(1, 0, 2) },
}));

type ImportState =
  | { status: 'idle' }
  | { status: 'reading'; fileName: string }
  | { status: 'done'; fileName: string; result: ImportResult }
  | { status: 'forbidden' }
  | { status: 'failed'; fileName: string; error: unknown };

/**
 * Reads an `.ics` file into draft Event entities, for event organisers and
 * community managers. Nothing is stored: the drafts are downloaded as YAML.
 */
export function ImportIcsPanel() {
  const classes = useStyles();
  const calendarApi = useApi(calendarApiRef);
  const [state, setState] = useState<ImportState>({ status: 'idle' });

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setState({ status: 'reading', fileName: file.name });
    try {
      const result = await calendarApi.importIcs(await readFileText(file));
      setState({ status: 'done', fileName: file.name, result });
    } catch (error) {
      setState(
        isForbidden(error)
          ? { status: 'forbidden' }
          : { status: 'failed', fileName: file.name, error },
      );
    }
  };

  if (state.status === 'forbidden') {
    return (
      <InfoCard title="Import an .ics file">
        <Typography variant="body2">
          Importing is for event organisers and community managers. Ask one of
          them to import the file for you, or add the event by hand under
          community/events/.
        </Typography>
      </InfoCard>
    );
  }

  return (
    <InfoCard title="Import an .ics file">
      <Typography variant="body2">
        Turn an .ics file exported from another calendar into draft Event
        entities. Nothing is saved in the portal: you review the drafts,
        download them as one YAML file and add it to the repository.
      </Typography>
      <div className={classes.picker}>
        <input
          id="calendar-import-file"
          type="file"
          accept=".ics,text/calendar"
          className={classes.input}
          onChange={onFile}
        />
        <label htmlFor="calendar-import-file">
          <Button
            variant="outlined"
            color="primary"
            component="span"
            disabled={state.status === 'reading'}
          >
            Choose an .ics file
          </Button>
        </label>
      </div>
      {state.status === 'reading' && <Progress />}
      {state.status === 'failed' && (
        <WarningPanel
          severity="error"
          title={`${state.fileName} could not be imported`}
        >
          {errorMessage(state.error)}
        </WarningPanel>
      )}
      {state.status === 'done' && (
        <ImportedDrafts result={state.result} fileName={state.fileName} />
      )}
    </InfoCard>
  );
}
