import type { HistoryPoint } from '@community-hub/plugin-community-health-common';
import TextField from '@material-ui/core/TextField';
import { HistoryFigure } from '../charts/HistoryFigure';
import { Panel } from '../shared/Panel';

/** The periods the Health tab's history can cover, in days. */
export const HISTORY_DAYS = [90, 365] as const;

/** The entity's score over 90 or 365 days. */
export function HistoryPanel(props: {
  history: HistoryPoint[];
  days: number;
  onDaysChange(days: number): void;
}) {
  return (
    <Panel
      title="History"
      action={
        <TextField
          select
          id="health-history-days"
          label="Period"
          variant="outlined"
          size="small"
          value={String(props.days)}
          SelectProps={{ native: true }}
          onChange={e => props.onDaysChange(Number(e.target.value))}
        >
          {HISTORY_DAYS.map(days => (
            <option key={days} value={days}>
              Last {days} days
            </option>
          ))}
        </TextField>
      }
    >
      <HistoryFigure points={props.history} label="Score over time" />
    </Panel>
  );
}
