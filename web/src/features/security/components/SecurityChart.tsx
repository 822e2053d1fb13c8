import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { asText } from '../../../lib/text';
import { toChartData } from '../summary';
import type { SecuritySummary } from '../types';
import { dayMonth, dayMonthTime, hourMinute } from '../../../lib/dates';

const HEIGHT = 260;
const hourFormat = hourMinute;
const hourLongFormat = dayMonthTime;
// Day buckets are UTC days: labelled as such so a bar does not shift to the neighbouring day.
const dayFormat = dayMonth;

interface SecurityChartProps {
  summary: SecuritySummary;
  /** A fixed width in pixels; by default the chart fills its container (which jsdom cannot measure). */
  width?: number;
}

/** Hits per hour or day, stacked by kind. */
export function SecurityChart({ summary, width }: SecurityChartProps) {
  const data = useMemo(() => toChartData(summary), [summary]);
  const hourly = summary.bucket === 'hour';
  const tick = (start: string) => (hourly ? hourFormat : dayFormat).format(new Date(start));
  const label = (start: string) => (hourly ? hourLongFormat : dayFormat).format(new Date(start));

  if (data.series.length === 0) {
    return <p className="text-body-secondary mb-0">No security events in this period.</p>;
  }

  const chart = (
    <BarChart data={data.rows} width={width} height={width ? HEIGHT : undefined} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="start" tickFormatter={(v) => tick(asText(v))} minTickGap={16} fontSize={12} />
      <YAxis allowDecimals={false} fontSize={12} />
      <Tooltip labelFormatter={(v) => label(asText(v))} />
      <Legend />
      {data.series.map((s) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} stackId="hits" />
      ))}
    </BarChart>
  );

  return (
    <figure className="mb-0" aria-label={`Security hits per ${hourly ? 'hour' : 'day'} by kind`} data-testid="security-chart">
      {width ? (
        chart
      ) : (
        <ResponsiveContainer width="100%" height={HEIGHT}>
          {chart}
        </ResponsiveContainer>
      )}
    </figure>
  );
}
