/**
 * Whether a reply is a first response to a question (CHAOSS "time to first
 * response"): it is by someone other than the question's author, and not by
 * a bot or a service (`replierRef` undefined).
 */
export function countsAsFirstResponse(options: {
  replierRef: string | undefined;
  authorRef: string;
  bots: readonly string[];
}): boolean {
  const { replierRef, authorRef, bots } = options;
  return (
    replierRef !== undefined &&
    replierRef !== authorRef &&
    !bots.includes(replierRef)
  );
}
