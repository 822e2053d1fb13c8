import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import { SelectField } from '../../../components/FormFields';
import { EmptyState } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { PagedList, QueryState } from '../../../components/QueryState';
import { useCursorStack } from '../../../lib/cursorStack';
import { useSetSearchParam } from '../../../lib/useSetSearchParam';
import { securityKeys } from '../api/securityKeys';
import { useSecurityEvents } from '../api/useSecurityEvents';
import { useSecuritySummary } from '../api/useSecuritySummary';
import { orderKinds, kindLabel, securityKinds } from '../kinds';
import { parseRangePreset, rangeFor, rangePresets, summaryCards } from '../summary';
import { SecurityChart } from './SecurityChart';
import { SecurityEventsTable } from './SecurityEventsTable';
import { SecuritySummaryCards } from './SecuritySummaryCards';
import { shortDateTime } from '../../../lib/dates';

const PAGE_SIZE = 50;

const rangeFormat = shortDateTime;

/** `/security`: lockouts, rate-limit hits, blocked addresses and other security events across the platform (global administrators). */
export function SecurityEventsPage() {
  const [searchParams] = useSearchParams();
  const preset = parseRangePreset(searchParams.get('range'));
  const kind = searchParams.get('kind')?.trim() ?? '';
  // Whole hours or days up to the current one, fixed until Refresh: the range is part of the query keys.
  const [now, setNow] = useState(() => Date.now());
  const range = useMemo(() => rangeFor(preset, new Date(now)), [preset, now]);
  const presetLabel = rangePresets.find((p) => p.value === preset)!.label;

  const queryClient = useQueryClient();
  const summary = useSecuritySummary(range);
  const paging = useCursorStack(JSON.stringify([kind, range]));
  const events = useSecurityEvents({ kind, from: range.from, to: range.to, cursor: paging.cursor, limit: PAGE_SIZE });
  const cards = useMemo(() => summaryCards(summary.data?.totals ?? []), [summary.data]);
  const kindOptions = orderKinds([...securityKinds.map((k) => k.kind), ...(kind ? [kind] : [])]);

  const setParam = useSetSearchParam<'range' | 'kind'>();

  return (
    <>
      <PageHeader
        title="Security events"
        subtitle={
          <>
            Lockouts, rate limits, blocked addresses and other security signals across the platform. Every row is also in the{' '}
            <Link to="/audit?category=security">audit log</Link>.
          </>
        }
        actions={
          <div className="d-flex align-items-end gap-2">
            <SelectField
              id="security-range"
              label="Range"
              compactLabel
              size="sm"
              value={preset}
              onChange={(e) => setParam('range', e.target.value)}
              options={rangePresets.map((p) => ({ value: p.value, label: `${p.label} (${p.bucket === 'hour' ? 'by hour' : 'by day'})` }))}
            />
            <Button
              variant="outline-secondary"
              size="sm"
              onClick={() => {
                setNow(Date.now());
                void queryClient.invalidateQueries({ queryKey: securityKeys.all });
              }}
              disabled={summary.isFetching || events.isFetching}
            >
              Refresh
            </Button>
          </div>
        }
      />
      <p className="small text-body-secondary">
        {presetLabel}: <time dateTime={range.from}>{rangeFormat.format(new Date(range.from))}</time> to{' '}
        <time dateTime={range.to}>{rangeFormat.format(new Date(range.to))}</time>
        {range.bucket === 'day' && ' (UTC days)'}
      </p>

      <section aria-labelledby="security-summary-title">
        <h2 id="security-summary-title" className="h5">
          Summary
        </h2>
        <QueryState query={summary} what="the summary">
          {(data) => (
            <>
              {data.totals.length === 0 && (
                <p className="text-body-secondary" data-testid="security-summary-empty">
                  No security events in this period: no lockouts, rate-limit hits or blocked requests.
                </p>
              )}
              <SecuritySummaryCards cards={cards} activeKind={kind} onSelect={(k) => setParam('kind', k)} />
              <Card className="mb-4">
                <Card.Body>
                  <Card.Title as="h3" className="h6">
                    Hits per {range.bucket === 'hour' ? 'hour' : 'day'}
                  </Card.Title>
                  <SecurityChart summary={data} />
                </Card.Body>
              </Card>
            </>
          )}
        </QueryState>
      </section>

      <section aria-labelledby="security-events-title">
        <div className="d-flex flex-wrap align-items-end justify-content-between gap-2 mb-2">
          <h2 id="security-events-title" className="h5 mb-0">
            Recent events
          </h2>
          <div style={{ minWidth: '14rem' }}>
            <SelectField
              id="security-kind"
              label="Kind"
              compactLabel
              size="sm"
              value={kind}
              onChange={(e) => setParam('kind', e.target.value)}
              options={kindOptions.map((k) => ({ value: k, label: kindLabel(k) }))}
            >
              <option value="">All kinds</option>
            </SelectField>
          </div>
        </div>

        <PagedList
          query={events}
          paging={paging}
          what="security events"
          empty={
            <EmptyState>
              <span data-testid="security-events-empty">
                {kind ? `No ${kindLabel(kind).toLowerCase()} in this period.` : 'No security events in this period.'}
              </span>
            </EmptyState>
          }
        >
          {(rows, busy) => <SecurityEventsTable events={rows} busy={busy} />}
        </PagedList>
      </section>
    </>
  );
}
