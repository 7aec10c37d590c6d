import { useCallback, useState } from 'react';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import { errorMessage } from '../../lib/errors';

/**
 * Runs a change against the backend, then `onDone` (a reload); a failure is
 * shown to the person with the backend's message.
 */
export function useRunAction(onDone: () => void) {
  const alertApi = useApi(alertApiRef);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      setBusy(true);
      try {
        await action();
        onDone();
        return true;
      } catch (error) {
        alertApi.post({ message: errorMessage(error), severity: 'error' });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [alertApi, onDone],
  );
  return { run, busy };
}
