import type { HistoryPoint } from '@community-hub/plugin-community-health-common';
import { useTheme } from '@material-ui/core/styles';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatDate, formatNumber } from '../../lib/format';
import { levelTitle } from '../../lib/levels';

/** Props of {@link HistoryChart}. */
export interface HistoryChartProps {
  points: HistoryPoint[];
  height?: number;
}

/** The score over time as a line from 0 to 100. Loaded on demand with recharts. */
export function HistoryChart(props: HistoryChartProps) {
  const theme = useTheme();
  return (
    <ResponsiveContainer width="100%" height={props.height ?? 260}>
      <LineChart data={props.points}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="date" tickFormatter={formatDate} minTickGap={24} />
        <YAxis domain={[0, 100]} allowDecimals={false} width={36} />
        <Tooltip
          labelFormatter={label => formatDate(String(label))}
          formatter={(value, _name, item) => [
            `${formatNumber(Number(value))} (${levelTitle(
              (item?.payload as HistoryPoint | undefined)?.level,
            )})`,
            'Score',
          ]}
        />
        <Line
          type="monotone"
          dataKey="score"
          name="Score"
          stroke={theme.palette.primary.main}
          strokeWidth={2}
          dot={props.points.length < 40}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
