import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import type { ComputationRun } from '@community-hub/plugin-community-health-common';
import { communityHealthApiRef } from '../../api/communityHealthApiRef';

/** How often a running computation's progress is fetched. */
export const POLL_INTERVAL_MS = 2000;

/**
 * The latest full computation, kept current: while it runs, its progress is
 * fetched every two seconds; when it ends, `onFinished` is called (to reload
 * the scores). `start` starts a new run; a refusal (403, or a run already
 * going) is kept in `startError`.
 */
export function useComputationRun(
  latest: ComputationRun | undefined,
  onFinished: () => void,
) {
  const api = useApi(communityHealthApiRef);
  const [run, setRun] = useState(latest);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<unknown>();
  const [pollError, setPollError] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  useEffect(() => setRun(latest), [latest]);

  useEffect(() => {
    if (run?.status !== 'running') return undefined;
    let cancelled = false;
    const timer = setTimeout(async () => {
      try {
        const next = await api.getLatestRun();
        if (cancelled) return;
        setPollError(undefined);
        setRun(next);
        if (next.status !== 'running') finished.current();
      } catch (error) {
        if (cancelled) return;
        setPollError(error);
        setAttempt(count => count + 1);
      }
    }, POLL_INTERVAL_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [api, run, attempt]);

  const start = useCallback(async () => {
    setStarting(true);
    setStartError(undefined);
    try {
      setRun(await api.startRun());
    } catch (error) {
      setStartError(error);
    } finally {
      setStarting(false);
    }
  }, [api]);

  return { run, start, starting, startError, pollError };
}
