import type {
  CloseReason,
  QuestionStatus,
  SupportPriority,
} from '@community-hub/plugin-support-common';

/** How each status reads in the UI. */
export const STATUS_LABELS: Record<QuestionStatus, string> = {
  open: 'Open',
  answered: 'Answered',
  resolved: 'Resolved',
  closed: 'Closed',
};

/** How each priority reads in the UI. */
export const PRIORITY_LABELS: Record<SupportPriority, string> = {
  urgent: 'Urgent',
  normal: 'Normal',
  low: 'Low',
};

/** How each close reason reads in the UI. */
export const CLOSE_REASON_LABELS: Record<CloseReason, string> = {
  duplicate: 'Duplicate',
  'off-topic': 'Off-topic',
  stale: 'Stale',
};
