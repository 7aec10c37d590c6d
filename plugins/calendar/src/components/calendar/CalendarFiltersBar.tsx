import Button from '@material-ui/core/Button';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { makeStyles } from '@material-ui/core/styles';
import type { CalendarFilters } from '../../lib/relatedFilter';
import { typeLabel } from '../../lib/eventTypes';
import type { EntityOption } from '../../hooks/useEntityOptions';

const useStyles = makeStyles(theme => ({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(2),
  },
  field: { minWidth: 180, maxWidth: 280 },
}));

const ANY = '';

/** Pickers for the calendar's type, tag, package and partner filters. */
export function CalendarFiltersBar(props: {
  filters: CalendarFilters;
  onChange(filters: CalendarFilters): void;
  types: readonly string[];
  tags: string[];
  packages: EntityOption[];
  partners: EntityOption[];
}) {
  const classes = useStyles();
  const { filters, onChange } = props;
  const labelOf = (options: EntityOption[], ref: string) =>
    options.find(option => option.ref === ref)?.label ?? ref;
  const hasFilters =
    filters.types.length > 0 ||
    filters.tags.length > 0 ||
    !!filters.package ||
    !!filters.partner;

  return (
    <div className={classes.bar} role="group" aria-label="Filters">
      <TextField
        select
        id="calendar-filter-type"
        label="Type"
        variant="outlined"
        size="small"
        className={classes.field}
        value={filters.types}
        SelectProps={{
          multiple: true,
          renderValue: value =>
            (value as string[]).map(typeLabel).join(', ') || 'All types',
          displayEmpty: true,
        }}
        InputLabelProps={{ shrink: true }}
        onChange={e =>
          onChange({ ...filters, types: e.target.value as unknown as string[] })
        }
      >
        {props.types.map(type => (
          <MenuItem key={type} value={type}>
            {typeLabel(type)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        id="calendar-filter-tag"
        label="Tag"
        variant="outlined"
        size="small"
        className={classes.field}
        value={filters.tags}
        SelectProps={{
          multiple: true,
          renderValue: value => (value as string[]).join(', ') || 'All tags',
          displayEmpty: true,
        }}
        InputLabelProps={{ shrink: true }}
        onChange={e =>
          onChange({ ...filters, tags: e.target.value as unknown as string[] })
        }
      >
        {props.tags.length === 0 && (
          <MenuItem disabled value="">
            No tags in the loaded events
          </MenuItem>
        )}
        {props.tags.map(tag => (
          <MenuItem key={tag} value={tag}>
            {tag}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        id="calendar-filter-package"
        label="Package"
        variant="outlined"
        size="small"
        className={classes.field}
        value={filters.package ?? ANY}
        SelectProps={{
          displayEmpty: true,
          renderValue: value =>
            value ? labelOf(props.packages, value as string) : 'All packages',
        }}
        InputLabelProps={{ shrink: true }}
        onChange={e =>
          onChange({ ...filters, package: e.target.value || undefined })
        }
      >
        <MenuItem value={ANY}>All packages</MenuItem>
        {props.packages.map(option => (
          <MenuItem key={option.ref} value={option.ref}>
            {option.label}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        id="calendar-filter-partner"
        label="Partner"
        variant="outlined"
        size="small"
        className={classes.field}
        value={filters.partner ?? ANY}
        SelectProps={{
          displayEmpty: true,
          renderValue: value =>
            value ? labelOf(props.partners, value as string) : 'All partners',
        }}
        InputLabelProps={{ shrink: true }}
        onChange={e =>
          onChange({ ...filters, partner: e.target.value || undefined })
        }
      >
        <MenuItem value={ANY}>All partners</MenuItem>
        {props.partners.map(option => (
          <MenuItem key={option.ref} value={option.ref}>
            {option.label}
          </MenuItem>
        ))}
      </TextField>
      {hasFilters && (
        <Button size="small" onClick={() => onChange({ types: [], tags: [] })}>
          Clear filters
        </Button>
      )}
    </div>
  );
}
