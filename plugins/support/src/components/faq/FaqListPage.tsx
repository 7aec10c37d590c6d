import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  Content,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import MenuItem from '@material-ui/core/MenuItem';
import Paper from '@material-ui/core/Paper';
import TablePagination from '@material-ui/core/TablePagination';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { supportApiRef } from '../../api/supportApiRef';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useQueues } from '../../hooks/useQueues';
import { faqEntryRouteRef } from '../../routes';

const PAGE_SIZE = 25;

/** `/support/faq`: the knowledge base, searchable and by queue. */
export function FaqListPage() {
  const supportApi = useApi(supportApiRef);
  const entryLink = useRouteRef(faqEntryRouteRef);
  const queues = useQueues();
  const [params, setParams] = useSearchParams();
  const queue = params.get('queue') ?? '';
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const [text, setText] = useState(q);
  const settled = useDebouncedValue(text, 400);

  const setParam = (key: string, value: string) =>
    setParams(
      previous => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        if (key !== 'page') next.delete('page');
        return next;
      },
      { replace: key !== 'page' },
    );

  useEffect(() => {
    if (settled.trim() !== q) setParam('q', settled.trim());
    // Only a settled change of the text pushes to the address.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);

  const entries = useAsync(
    () =>
      supportApi.listFaq({
        queue: queue || undefined,
        q: q || undefined,
        limit: PAGE_SIZE,
        offset: (page - 1) * PAGE_SIZE,
      }),
    [supportApi, queue, q, page],
  );
  const queueTitle = (id: string) =>
    queues.value?.find(item => item.id === id)?.title ?? id;

  return (
    <Content>
      <Typography variant="h5" component="h2" gutterBottom>
        FAQ
      </Typography>
      <Box display="flex" flexWrap="wrap" mb={2} style={{ gap: 16 }}>
        <TextField
          id="support-faq-search"
          label="Search the FAQ"
          variant="outlined"
          size="small"
          value={text}
          onChange={e => setText(e.target.value)}
        />
        <TextField
          select
          id="support-faq-queue"
          label="Queue"
          variant="outlined"
          size="small"
          style={{ minWidth: 200 }}
          value={queue}
          SelectProps={{
            displayEmpty: true,
            renderValue: value =>
              value ? queueTitle(String(value)) : 'All queues',
          }}
          InputLabelProps={{ shrink: true }}
          onChange={e => setParam('queue', e.target.value)}
        >
          <MenuItem value="">All queues</MenuItem>
          {(queues.value ?? []).map(item => (
            <MenuItem key={item.id} value={item.id}>
              {item.title}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      {entries.loading && <Progress />}
      {entries.error && <ResponseErrorPanel error={entries.error} />}
      {entries.value && (
        <Paper variant="outlined">
          {entries.value.items.length === 0 ? (
            <Box p={2}>
              <Typography variant="body2">No FAQ entries found.</Typography>
            </Box>
          ) : (
            <List aria-label="FAQ entries">
              {entries.value.items.map(entry => (
                <ListItem key={entry.id} divider>
                  <ListItemText
                    primary={
                      entryLink ? (
                        <Link to={entryLink({ id: String(entry.id) })}>
                          {entry.title}
                        </Link>
                      ) : (
                        entry.title
                      )
                    }
                    secondary={queueTitle(entry.queueId)}
                  />
                </ListItem>
              ))}
            </List>
          )}
          <TablePagination
            component="div"
            count={entries.value.totalCount}
            page={page - 1}
            rowsPerPage={PAGE_SIZE}
            rowsPerPageOptions={[PAGE_SIZE]}
            onPageChange={(_, next) => setParam('page', String(next + 1))}
          />
        </Paper>
      )}
    </Content>
  );
}
