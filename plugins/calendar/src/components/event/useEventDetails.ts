import { useCallback, useEffect, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type {
  EventDetails,
  RegistrationSummary,
} from '@community-hub/plugin-calendar-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { calendarApiRef } from '../../api/calendarApiRef';

/**
 * The calendar's view of one event. After registering or cancelling, the
 * summary the backend returns replaces the registration picture at once.
 */
export function useEventDetails(eventRef: string) {
  const calendarApi = useApi(calendarApiRef);
  const loaded = useAsyncRetry(
    () => calendarApi.getEvent(eventRef),
    [calendarApi, eventRef],
  );
  const [details, setDetails] = useState<EventDetails>();
  useEffect(() => {
    if (loaded.value) setDetails(loaded.value);
  }, [loaded.value]);

  const setRegistration = useCallback(
    (registration: RegistrationSummary) =>
      setDetails(previous =>
        previous ? { ...previous, registration } : previous,
      ),
    [],
  );

  return {
    details,
    loading: loaded.loading && !details,
    error: loaded.error,
    retry: loaded.retry,
    setRegistration,
  };
}
