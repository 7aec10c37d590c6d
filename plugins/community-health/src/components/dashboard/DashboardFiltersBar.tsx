import { ChangeEvent } from 'react';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import { makeStyles } from '@material-ui/core/styles';
import type { EntityOption } from '../../hooks/useEntityOptions';
import { FILTER_TARGETS, isFilterTarget, targetLabel } from '../../lib/targets';
import { DASHBOARD_DAYS, DashboardFilters } from './useDashboardSearchParams';

const useStyles = makeStyles(theme => ({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(3),
  },
  field: { minWidth: 180, maxWidth: 280 },
}));

/** Keeps the chosen entity selectable even when the catalog list lacks it. */
function withSelected(options: EntityOption[], selected?: string) {
  if (!selected || options.some(option => option.ref === selected)) {
    return options;
  }
  return [{ ref: selected, label: selected }, ...options];
}

/** Pickers for the dashboard's kind, owner, partner and period. */
export function DashboardFiltersBar(props: {
  filters: DashboardFilters;
  days: number;
  owners: EntityOption[];
  partners: EntityOption[];
  onChange(filters: DashboardFilters): void;
  onDaysChange(days: number): void;
}) {
  const classes = useStyles();
  const { filters, onChange } = props;
  const hasFilters = !!(filters.target || filters.owner || filters.partner);
  const select = (id: string, label: string) => ({
    select: true,
    id,
    label,
    variant: 'outlined' as const,
    size: 'small' as const,
    className: classes.field,
    SelectProps: { native: true },
    InputLabelProps: { shrink: true },
  });
  const value = (e: ChangeEvent<{ value: unknown }>) =>
    String(e.target.value) || undefined;

  return (
    <div className={classes.bar} role="group" aria-label="Filters">
      <TextField
        {...select('health-filter-kind', 'Kind')}
        value={filters.target ?? ''}
        onChange={e => {
          const target = value(e);
          onChange({
            ...filters,
            target: isFilterTarget(target) ? target : undefined,
          });
        }}
      >
        <option value="">All kinds</option>
        {FILTER_TARGETS.map(target => (
          <option key={target} value={target}>
            {targetLabel(target)}
          </option>
        ))}
      </TextField>
      <TextField
        {...select('health-filter-owner', 'Owner')}
        value={filters.owner ?? ''}
        onChange={e => onChange({ ...filters, owner: value(e) })}
      >
        <option value="">All owners</option>
        {withSelected(props.owners, filters.owner).map(option => (
          <option key={option.ref} value={option.ref}>
            {option.label}
          </option>
        ))}
      </TextField>
      <TextField
        {...select('health-filter-partner', 'Partner')}
        value={filters.partner ?? ''}
        onChange={e => onChange({ ...filters, partner: value(e) })}
      >
        <option value="">All partners</option>
        {withSelected(props.partners, filters.partner).map(option => (
          <option key={option.ref} value={option.ref}>
            {option.label}
          </option>
        ))}
      </TextField>
      <TextField
        {...select('health-filter-days', 'Period')}
        value={String(props.days)}
        onChange={e => props.onDaysChange(Number(e.target.value))}
      >
        {DASHBOARD_DAYS.map(days => (
          <option key={days} value={days}>
            Last {days} days
          </option>
        ))}
      </TextField>
      {hasFilters && (
        <Button size="small" onClick={() => onChange({})}>
          Clear filters
        </Button>
      )}
    </div>
  );
}
