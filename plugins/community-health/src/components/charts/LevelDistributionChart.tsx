import { useTheme } from '@material-ui/core/styles';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { LevelBar } from './levelBars';

/** Props of {@link LevelDistributionChart}. */
export interface LevelDistributionChartProps {
  bars: LevelBar[];
  height?: number;
}

/** How many entities are at each level, as bars. Loaded on demand with recharts. */
export function LevelDistributionChart(props: LevelDistributionChartProps) {
  const theme = useTheme();
  return (
    <ResponsiveContainer width="100%" height={props.height ?? 220}>
      <BarChart data={props.bars}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="title" />
        <YAxis allowDecimals={false} width={36} />
        <Tooltip />
        <Bar dataKey="count" name="Entities" isAnimationActive={false}>
          {props.bars.map(bar => (
            <Cell
              key={bar.levelId}
              fill={bar.colour ?? theme.palette.grey[500]}
            />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
