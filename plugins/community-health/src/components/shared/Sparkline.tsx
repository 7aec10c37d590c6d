import type { HistoryPoint } from '@community-hub/plugin-community-health-common';
import { useTheme } from '@material-ui/core/styles';
import { formatNumber } from '../../lib/format';

const WIDTH = 120;
const HEIGHT = 32;
const PAD = 2;

/**
 * A small line of the score over time (0 at the bottom, 100 at the top),
 * drawn as plain SVG so the entity card needs no chart library. Says the
 * trend in words for screen readers.
 */
export function Sparkline(props: { points: HistoryPoint[]; days: number }) {
  const theme = useTheme();
  const { points } = props;
  if (points.length < 2) return null;
  const step = (WIDTH - 2 * PAD) / (points.length - 1);
  const y = (score: number) =>
    PAD + (HEIGHT - 2 * PAD) * (1 - Math.min(Math.max(score, 0), 100) / 100);
  const path = points
    .map((point, index) => `${PAD + index * step},${y(point.score)}`)
    .join(' ');
  const first = points[0].score;
  const last = points[points.length - 1].score;
  return (
    <svg
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`Score trend over the last ${
        props.days
      } days: from ${formatNumber(first)} to ${formatNumber(last)}`}
    >
      <polyline
        points={path}
        fill="none"
        stroke={theme.palette.primary.main}
        strokeWidth={2}
        strokeLinejoin="round"
      />
    </svg>
  );
}
