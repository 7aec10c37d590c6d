import type { Question } from '@community-hub/plugin-support-common';

/** What every moderation dialog gets. */
export interface ModerationDialogProps {
  open: boolean;
  question: Question;
  busy: boolean;
  onClose(): void;
  /** Runs the change; resolves to whether it worked. */
  run(action: () => Promise<unknown>): Promise<boolean>;
}
