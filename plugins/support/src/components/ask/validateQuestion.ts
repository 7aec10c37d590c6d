import { parseEntityRef } from '@backstage/catalog-model';

/** The longest title the form accepts. */
export const MAX_TITLE_LENGTH = 200;
/** The longest body the form accepts (the backend's default `support.maxBodyLength`). */
export const MAX_BODY_LENGTH = 20000;
/** How many tags a question may carry. */
export const MAX_TAGS = 5;

/** The ask form as typed. */
export interface QuestionDraft {
  queueId: string;
  title: string;
  body: string;
  tags: string;
  entityRef: string;
}

/** A message per field that is not right yet. */
export type DraftErrors = Partial<Record<keyof QuestionDraft, string>>;

/** Tags from what was typed: split on commas or spaces, lower case, no repeats. */
export function parseTags(text: string): string[] {
  const tags = text
    .split(/[,\s]+/)
    .map(tag => tag.trim().toLocaleLowerCase('en-US'))
    .filter(Boolean);
  return [...new Set(tags)];
}

/** Checks a draft before it is sent; the backend checks again. */
export function validateQuestion(draft: QuestionDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (!draft.queueId) errors.queueId = 'Choose a queue.';
  const title = draft.title.trim();
  if (!title) errors.title = 'Enter a title.';
  else if (title.length > MAX_TITLE_LENGTH)
    errors.title = `Keep the title under ${MAX_TITLE_LENGTH} characters.`;
  if (!draft.body.trim()) errors.body = 'Describe your question.';
  else if (draft.body.length > MAX_BODY_LENGTH)
    errors.body = `Keep the question under ${MAX_BODY_LENGTH} characters.`;
  const tags = parseTags(draft.tags);
  if (tags.length > MAX_TAGS) errors.tags = `Use at most ${MAX_TAGS} tags.`;
  else if (tags.some(tag => !/^[a-z0-9][a-z0-9.+#-]{0,49}$/.test(tag)))
    errors.tags = 'Tags use letters, digits, dots and dashes.';
  if (draft.entityRef.trim()) {
    try {
      parseEntityRef(draft.entityRef.trim());
    } catch {
      errors.entityRef = 'Use an entity ref such as component:default/name.';
    }
  }
  return errors;
}
