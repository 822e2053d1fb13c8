import { useMemo } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import Spinner from 'react-bootstrap/Spinner';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { errorMessage } from '../../../lib/problem';
import { asText } from '../../../lib/text';
import { useAuditStats, type AuditStatsRange } from '../api/useAuditStats';
import { pivotStats } from '../stats';
import { auditCategories, type AuditScope } from '../types';
import { dayMonth } from '../../../lib/dates';

const HEIGHT = 260;
const dayFormat = dayMonth;
const formatDay = (day: string) => dayFormat.format(new Date(`${day}T00:00:00Z`));
const fallbackColors = ['#6610f2', '#d63384', '#fd7e14', '#20c997'];

function categoryStyle(category: string, index: number) {
  const known = auditCategories.find((c) => c.value === category);
  return { name: known?.label ?? category, fill: known?.color ?? fallbackColors[index % fallbackColors.length] };
}

interface AuditChartProps {
  orgId: AuditScope;
  range: AuditStatsRange;
  /** A fixed width in pixels; by default the chart fills its container (which jsdom cannot measure). */
  width?: number;
}

/** Events per day, stacked by category. */
export function AuditChart({ orgId, range, width }: AuditChartProps) {
  const stats = useAuditStats(orgId, range);
  const data = useMemo(() => (stats.data ? pivotStats(stats.data) : null), [stats.data]);

  const chart = data && (
    <BarChart data={data.rows} width={width} height={width ? HEIGHT : undefined} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="day" tickFormatter={formatDay} minTickGap={16} fontSize={12} />
      <YAxis allowDecimals={false} fontSize={12} />
      <Tooltip labelFormatter={(day) => formatDay(asText(day))} />
      <Legend />
      {data.categories.map((category, i) => (
        <Bar key={category} dataKey={category} stackId="events" {...categoryStyle(category, i)} />
      ))}
    </BarChart>
  );

  return (
    <Card className="mb-3">
      <Card.Body>
        <Card.Title as="h2" className="h6">
          Events per day
        </Card.Title>
        {stats.isPending ? (
          <div className="d-flex justify-content-center align-items-center" style={{ height: HEIGHT }}>
            <Spinner animation="border" size="sm" role="status">
              <span className="visually-hidden">Loading event statistics…</span>
            </Spinner>
          </div>
        ) : stats.isError ? (
          <Alert variant="danger" className="mb-0">
            <p className="mb-2">Could not load event statistics: {errorMessage(stats.error)}</p>
            <Button variant="outline-danger" size="sm" onClick={() => void stats.refetch()}>
              Retry
            </Button>
          </Alert>
        ) : data && data.categories.length === 0 ? (
          <p className="text-body-secondary mb-0">No events in this period.</p>
        ) : (
          <figure className="mb-0" aria-label="Audit events per day by category" data-testid="audit-chart">
            {width ? (
              chart
            ) : (
              <ResponsiveContainer width="100%" height={HEIGHT}>
                {chart}
              </ResponsiveContainer>
            )}
          </figure>
        )}
      </Card.Body>
    </Card>
  );
}
