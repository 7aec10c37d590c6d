/** A destination on the home page; `countKind` shows how many of that kind exist (see useCatalogCounts). */
export interface QuickLink {
  title: string;
  description: string;
  to: string;
  countKind?: string;
  /** What one and several of the counted entities are called. */
  countNouns?: [one: string, several: string];
}

export const quickLinks: QuickLink[] = [
  {
    title: 'Packages',
    description: 'The core libraries, frameworks and tools of the community.',
    to: '/catalog?filters[kind]=component&filters[user]=all',
    countKind: 'package',
    countNouns: ['package', 'packages'],
  },
  {
    title: 'Partners',
    description: 'Companies, universities and foundations that back the community.',
    to: '/catalog?filters[kind]=partner&filters[user]=all',
    countKind: 'partner',
    countNouns: ['partner', 'partners'],
  },
  {
    title: 'People and teams',
    description: 'Who maintains what, and who to ask.',
    to: '/catalog?filters[kind]=group&filters[user]=all',
    countKind: 'user',
    countNouns: ['person', 'people'],
  },
  {
    title: 'Governance',
    description: 'How to contribute, how reviews and decisions work, our policies.',
    to: '/docs/default/component/governance-handbook',
  },
  {
    title: 'Learn',
    description: 'Learning paths and courses for the Kestrel stack.',
    to: '/docs/default/component/learning-paths',
  },
  {
    title: 'Create',
    description: 'Start a new package, event, partnership or course from a template.',
    to: '/create',
  },
  {
    title: 'All documentation',
    description: 'Every handbook and package guide in one place.',
    to: '/docs',
  },
];
