import { useApi } from '@backstage/frontend-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { supportApiRef } from '../../api/supportApiRef';

/** A question with its answers and the reader's abilities; `retry` reloads it. */
export function useQuestionDetails(id: number) {
  const supportApi = useApi(supportApiRef);
  return useAsyncRetry(() => supportApi.getQuestion(id), [supportApi, id]);
}
