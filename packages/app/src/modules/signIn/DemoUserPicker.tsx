import { useMemo, useState } from 'react';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { discoveryApiRef, useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import ListItemSecondaryAction from '@material-ui/core/ListItemSecondaryAction';
import TextField from '@material-ui/core/TextField';
import useAsync from 'react-use/esm/useAsync';
import { DemoUser } from './demoUsers';

/** Lists the catalog's users so a person can sign in as any of them. */
export function DemoUserPicker(props: { onPick: (name: string) => void }) {
  const discoveryApi = useApi(discoveryApiRef);
  const [query, setQuery] = useState('');
  const { value: users, loading, error } = useAsync(async () => {
    const baseUrl = await discoveryApi.getBaseUrl('auth');
    const response = await fetch(`${baseUrl}/demo-users`);
    if (!response.ok) {
      throw new Error(`Could not list demo users: ${response.status} ${response.statusText}`);
    }
    const body: { users: DemoUser[] } = await response.json();
    return body.users;
  }, [discoveryApi]);

  const shown = useMemo(() => {
    const q = query.trim().toLocaleLowerCase('en-US');
    return (users ?? []).filter(
      u =>
        !q ||
        u.name.includes(q) ||
        u.displayName.toLocaleLowerCase('en-US').includes(q) ||
        u.groups.some(g => g.includes(q)),
    );
  }, [users, query]);

  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!users?.length) {
    return (
      <p>
        The catalog has no users yet. It is probably still loading the community
        content; reload this page in a few seconds.
      </p>
    );
  }
  return (
    <>
      <TextField
        id="demo-user-search"
        label="Find a person or a group"
        value={query}
        onChange={e => setQuery(e.target.value)}
        fullWidth
        margin="dense"
        variant="outlined"
      />
      <List dense aria-label="Demo users">
        {shown.map(user => (
          <ListItem key={user.name} divider>
            <ListItemText
              primary={user.displayName}
              secondary={
                <>
                  {user.name}
                  {user.groups.map(group => (
                    <Chip key={group} label={group} size="small" style={{ marginLeft: 4 }} />
                  ))}
                </>
              }
            />
            <ListItemSecondaryAction>
              <Button
                variant="contained"
                color="primary"
                onClick={() => props.onPick(user.name)}
                aria-label={`Sign in as ${user.displayName}`}
              >
                Sign in
              </Button>
            </ListItemSecondaryAction>
          </ListItem>
        ))}
      </List>
    </>
  );
}
