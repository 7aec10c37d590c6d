import { useState } from 'react';
import { CONTENT_TYPES, GATHERING_TYPES } from '@community-hub/catalog-common';
import type { FeedSelector } from '@community-hub/plugin-calendar-common';
import Button from '@material-ui/core/Button';
import ListSubheader from '@material-ui/core/ListSubheader';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { makeStyles } from '@material-ui/core/styles';
import { useEntityOptions } from '../../hooks/useEntityOptions';
import { typeLabel } from '../../lib/eventTypes';

const useStyles = makeStyles(theme => ({
  form: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(2),
  },
  field: { minWidth: 240 },
}));

type FeedKind = FeedSelector['kind'];

const KIND_LABELS: Record<FeedKind, string> = {
  all: 'All events',
  type: 'Events of one type',
  tag: 'Events with a tag',
  related: 'Events about a package, partner or team',
  mine: 'Events I registered for',
};

/** Chooses what a new feed carries and asks for it. */
export function CreateFeedForm(props: {
  busy: boolean;
  onCreate(feed: FeedSelector): void;
}) {
  const classes = useStyles();
  const [kind, setKind] = useState<FeedKind>('all');
  const [type, setType] = useState<string>(GATHERING_TYPES[0]);
  const [tag, setTag] = useState('');
  const [entityRef, setEntityRef] = useState('');
  const packages = useEntityOptions('package');
  const partners = useEntityOptions('partner');
  const groups = useEntityOptions('group');

  const feed = ((): FeedSelector | undefined => {
    switch (kind) {
      case 'type':
        return { kind, type };
      case 'tag':
        return tag.trim() ? { kind, tag: tag.trim() } : undefined;
      case 'related':
        return entityRef ? { kind, entityRef } : undefined;
      default:
        return { kind };
    }
  })();

  const entityGroups: [string, typeof packages.value][] = [
    ['Packages', packages.value],
    ['Partners', partners.value],
    ['Teams', groups.value],
  ];

  return (
    <form
      className={classes.form}
      aria-label="New feed"
      onSubmit={e => {
        e.preventDefault();
        if (feed) props.onCreate(feed);
      }}
    >
      <TextField
        select
        id="feed-kind"
        label="The feed carries"
        variant="outlined"
        size="small"
        className={classes.field}
        value={kind}
        onChange={e => setKind(e.target.value as FeedKind)}
      >
        {(Object.keys(KIND_LABELS) as FeedKind[]).map(value => (
          <MenuItem key={value} value={value}>
            {KIND_LABELS[value]}
          </MenuItem>
        ))}
      </TextField>
      {kind === 'type' && (
        <TextField
          select
          id="feed-type"
          label="Type"
          variant="outlined"
          size="small"
          className={classes.field}
          value={type}
          onChange={e => setType(e.target.value)}
        >
          {[...GATHERING_TYPES, ...CONTENT_TYPES].map(value => (
            <MenuItem key={value} value={value}>
              {typeLabel(value)}
            </MenuItem>
          ))}
        </TextField>
      )}
      {kind === 'tag' && (
        <TextField
          id="feed-tag"
          label="Tag"
          variant="outlined"
          size="small"
          className={classes.field}
          value={tag}
          placeholder="roadmap"
          onChange={e => setTag(e.target.value)}
        />
      )}
      {kind === 'related' && (
        <TextField
          select
          id="feed-entity"
          label="Package, partner or team"
          variant="outlined"
          size="small"
          className={classes.field}
          value={entityRef}
          onChange={e => setEntityRef(e.target.value)}
        >
          {entityGroups.flatMap(([heading, options]) => [
            <ListSubheader key={heading}>{heading}</ListSubheader>,
            ...(options ?? []).map(option => (
              <MenuItem key={option.ref} value={option.ref}>
                {option.label}
              </MenuItem>
            )),
          ])}
        </TextField>
      )}
      <Button
        type="submit"
        variant="contained"
        color="primary"
        disabled={!feed || props.busy}
      >
        Create feed
      </Button>
    </form>
  );
}
