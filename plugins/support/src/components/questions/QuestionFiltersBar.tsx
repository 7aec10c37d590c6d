import { useEffect, useState } from 'react';
import {
  QUESTION_STATUSES,
  QuestionStatus,
  SupportQueue,
} from '@community-hub/plugin-support-common';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { makeStyles } from '@material-ui/core/styles';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { STATUS_LABELS } from '../../lib/labels';
import { QuestionFilters, SORTS } from './useQuestionSearchParams';

const useStyles = makeStyles(theme => ({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(2),
  },
  field: { minWidth: 160, maxWidth: 260 },
}));

const TEXT_DELAY_MS = 400;

/** A text filter that updates the list once typing pauses. */
function DebouncedTextFilter(props: {
  id: string;
  label: string;
  value?: string;
  onChange(value: string | undefined): void;
  className: string;
}) {
  const { value, onChange } = props;
  const [text, setText] = useState(value ?? '');
  const settled = useDebouncedValue(text, TEXT_DELAY_MS);
  useEffect(() => setText(value ?? ''), [value]);
  useEffect(() => {
    const next = settled.trim() || undefined;
    if (next !== value) onChange(next);
    // Only a settled change of the text pushes to the address.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);
  return (
    <TextField
      id={props.id}
      label={props.label}
      variant="outlined"
      size="small"
      className={props.className}
      value={text}
      onChange={e => setText(e.target.value)}
      InputLabelProps={{ shrink: true }}
    />
  );
}

/** The list's filters: queue, status, tag, words, the person's own, breaches; and the sort. */
export function QuestionFiltersBar(props: {
  filters: QuestionFilters;
  queues: SupportQueue[];
  onChange(change: Partial<QuestionFilters>): void;
}) {
  const classes = useStyles();
  const { filters, onChange } = props;
  const flags: Array<{ key: keyof QuestionFilters; label: string }> = [
    { key: 'mine', label: 'Mine' },
    { key: 'assignedToMe', label: 'Assigned to me' },
    { key: 'breached', label: 'Breached' },
    { key: 'unanswered', label: 'Unanswered' },
  ];
  const hasFilters =
    !!filters.queue ||
    filters.status.length > 0 ||
    !!filters.tag ||
    !!filters.q ||
    !!filters.entityRef ||
    flags.some(flag => filters[flag.key]);

  return (
    <div className={classes.bar} role="group" aria-label="Filters">
      <DebouncedTextFilter
        id="support-filter-q"
        label="Search"
        value={filters.q}
        onChange={q => onChange({ q })}
        className={classes.field}
      />
      <TextField
        select
        id="support-filter-queue"
        label="Queue"
        variant="outlined"
        size="small"
        className={classes.field}
        value={filters.queue ?? ''}
        SelectProps={{
          displayEmpty: true,
          renderValue: value =>
            value
              ? props.queues.find(queue => queue.id === value)?.title ??
                String(value)
              : 'All queues',
        }}
        InputLabelProps={{ shrink: true }}
        onChange={e => onChange({ queue: e.target.value || undefined })}
      >
        <MenuItem value="">All queues</MenuItem>
        {filters.queue &&
          !props.queues.some(queue => queue.id === filters.queue) && (
            <MenuItem value={filters.queue}>{filters.queue}</MenuItem>
          )}
        {props.queues.map(queue => (
          <MenuItem key={queue.id} value={queue.id}>
            {queue.title}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        id="support-filter-status"
        label="Status"
        variant="outlined"
        size="small"
        className={classes.field}
        value={filters.status}
        SelectProps={{
          multiple: true,
          displayEmpty: true,
          renderValue: value =>
            (value as QuestionStatus[])
              .map(status => STATUS_LABELS[status])
              .join(', ') || 'Any status',
        }}
        InputLabelProps={{ shrink: true }}
        onChange={e =>
          onChange({ status: e.target.value as unknown as QuestionStatus[] })
        }
      >
        {QUESTION_STATUSES.map(status => (
          <MenuItem key={status} value={status}>
            {STATUS_LABELS[status]}
          </MenuItem>
        ))}
      </TextField>
      <DebouncedTextFilter
        id="support-filter-tag"
        label="Tag"
        value={filters.tag}
        onChange={tag => onChange({ tag: tag?.toLocaleLowerCase('en-US') })}
        className={classes.field}
      />
      {flags.map(flag => (
        <FormControlLabel
          key={flag.key}
          label={flag.label}
          control={
            <Checkbox
              checked={!!filters[flag.key]}
              onChange={e => onChange({ [flag.key]: e.target.checked })}
            />
          }
        />
      ))}
      <TextField
        select
        id="support-sort"
        label="Sort"
        variant="outlined"
        size="small"
        className={classes.field}
        value={filters.sort}
        onChange={e =>
          onChange({ sort: e.target.value as QuestionFilters['sort'] })
        }
      >
        {SORTS.map(sort => (
          <MenuItem key={sort.value} value={sort.value}>
            {sort.label}
          </MenuItem>
        ))}
      </TextField>
      {hasFilters && (
        <Button
          size="small"
          onClick={() =>
            onChange({
              queue: undefined,
              status: [],
              tag: undefined,
              q: undefined,
              entityRef: undefined,
              mine: false,
              assignedToMe: false,
              breached: false,
              unanswered: false,
            })
          }
        >
          Clear filters
        </Button>
      )}
    </div>
  );
}
