type ErrorWithBody = {
  statusCode?: number;
  body?: { error?: { message?: string } };
};

/** What to tell the person about a failed call: the backend's own message when it sent one. */
export function errorMessage(error: unknown): string {
  const message = (error as ErrorWithBody | undefined)?.body?.error?.message;
  if (message) return message;
  return error instanceof Error ? error.message : String(error);
}

/** Whether a call failed because the person is not allowed to make it. */
export function isForbidden(error: unknown): boolean {
  return (error as ErrorWithBody | undefined)?.statusCode === 403;
}

/** Whether a call failed because the thing asked for does not exist. */
export function isNotFound(error: unknown): boolean {
  return (error as ErrorWithBody | undefined)?.statusCode === 404;
}
