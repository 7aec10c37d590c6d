import { useApi } from '@backstage/frontend-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { supportApiRef } from '../api/supportApiRef';

/** The queues the reader may see, with their live numbers. */
export function useQueues() {
  const supportApi = useApi(supportApiRef);
  return useAsync(
    async () => (await supportApi.listQueues()).items,
    [supportApi],
  );
}
