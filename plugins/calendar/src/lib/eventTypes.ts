import type { CalendarEvent } from '@community-hub/plugin-calendar-common';

const TYPE_LABELS: Record<string, string> = {
  meetup: 'Meetup',
  workshop: 'Workshop',
  conference: 'Conference',
  hackathon: 'Hackathon',
  'office-hours': 'Office hours',
  'community-call': 'Community call',
  'blog-post': 'Blog post',
  newsletter: 'Newsletter',
  podcast: 'Podcast',
};

// Mid-tone colours that carry white text in both the light and the dark theme.
const TYPE_COLOURS: Record<string, string> = {
  meetup: '#1565c0',
  workshop: '#6a1b9a',
  conference: '#ad1457',
  hackathon: '#bf360c',
  'office-hours': '#00695c',
  'community-call': '#2e7d32',
  'blog-post': '#37474f',
  newsletter: '#5d4037',
  podcast: '#283593',
};

/** The type of an event in words: `office-hours` is "Office hours". */
export function typeLabel(type: string): string {
  return (
    TYPE_LABELS[type] ??
    type.replace(/-/g, ' ').replace(/^./, c => c.toUpperCase())
  );
}

/** The colour the calendar draws events of this type in. */
export function typeColour(type: string): string {
  return TYPE_COLOURS[type] ?? '#455a64';
}

const STATUS_LABELS: Record<CalendarEvent['status'], string> = {
  scheduled: 'Scheduled',
  cancelled: 'Cancelled',
  draft: 'Draft',
  published: 'Published',
};

/** The status of an event or content item in words. */
export function statusLabel(status: CalendarEvent['status']): string {
  return STATUS_LABELS[status] ?? status;
}
