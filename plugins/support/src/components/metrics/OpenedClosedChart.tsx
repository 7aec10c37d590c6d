import type { SupportMetrics } from '@community-hub/plugin-support-common';
import { useTheme } from '@material-ui/core/styles';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

/** Questions opened and closed per day. Loaded on demand with the metrics page. */
export function OpenedClosedChart(props: { daily: SupportMetrics['daily'] }) {
  const theme = useTheme();
  return (
    <ResponsiveContainer width="100%" height={280}>
      <LineChart data={props.daily}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="date" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend />
        <Line
          type="monotone"
          dataKey="opened"
          name="Opened"
          stroke={theme.palette.primary.main}
          dot={false}
        />
        <Line
          type="monotone"
          dataKey="closed"
          name="Closed"
          stroke={theme.palette.secondary.main}
          dot={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
