import { ReactNode } from 'react';
import { InfoCard } from '@backstage/core-components';

/**
 * A card whose title is a level-2 heading, so the page's sections can be
 * found by their names.
 */
export function Panel(props: {
  title: string;
  subheader?: ReactNode;
  action?: ReactNode;
  deepLink?: { title: string; link: string };
  children: ReactNode;
}) {
  return (
    <InfoCard
      title={props.title}
      subheader={props.subheader}
      action={props.action}
      deepLink={props.deepLink}
      titleTypographyProps={{ component: 'h2' }}
    >
      {props.children}
    </InfoCard>
  );
}
