import type { ScorecardTarget } from '@community-hub/plugin-community-health-common';

/** The targets the dashboard filters by, in the order they are offered. */
export const FILTER_TARGETS = ['package', 'partner', 'group'] as const;

/** A target the dashboard filters by. */
export type FilterTarget = (typeof FILTER_TARGETS)[number];

const LABELS: Record<ScorecardTarget, string> = {
  package: 'Package',
  partner: 'Partner',
  group: 'Group',
  community: 'Community',
};

/** What a target is called on screen: "Package", "Partner", "Group", "Community". */
export function targetLabel(target: ScorecardTarget): string {
  return LABELS[target] ?? target;
}

/** Whether a value read from the address is a target the dashboard filters by. */
export function isFilterTarget(value: unknown): value is FilterTarget {
  return (FILTER_TARGETS as readonly unknown[]).includes(value);
}
