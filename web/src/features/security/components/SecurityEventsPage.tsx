import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import Form from 'react-bootstrap/Form';
import Spinner from 'react-bootstrap/Spinner';
import { errorMessage } from '../../../lib/problem';
import { useSetSearchParam } from '../../../lib/useSetSearchParam';
import { securityKeys } from '../api/securityKeys';
import { useSecurityEvents } from '../api/useSecurityEvents';
import { useSecuritySummary } from '../api/useSecuritySummary';
import { orderKinds, kindLabel, securityKinds } from '../kinds';
import { parseRangePreset, rangeFor, rangePresets, summaryCards, type RangePreset } from '../summary';
import { SecurityChart } from './SecurityChart';
import { SecurityEventsTable } from './SecurityEventsTable';
import { SecuritySummaryCards } from './SecuritySummaryCards';

const PAGE_SIZE = 50;

const rangeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function Loading({ label }: { label: string }) {
  return (
    <div className="d-flex justify-content-center p-4">
      <Spinner animation="border" role="status">
        <span className="visually-hidden">{label}</span>
      </Spinner>
    </div>
  );
}

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
  const events = useSecurityEvents({ kind, from: range.from, to: range.to, limit: PAGE_SIZE });
  const rows = useMemo(() => events.data?.pages.flatMap((p) => p.items) ?? [], [events.data]);
  const cards = useMemo(() => summaryCards(summary.data?.totals ?? []), [summary.data]);
  const kindOptions = orderKinds([...securityKinds.map((k) => k.kind), ...(kind ? [kind] : [])]);

  const setParam = useSetSearchParam<'range' | 'kind'>();

  return (
    <>
      <div className="d-flex flex-wrap align-items-start justify-content-between gap-2 mb-3">
        <div>
          <h1 className="h3 mb-0">Security events</h1>
          <p className="text-body-secondary mb-0">
            Lockouts, rate limits, blocked addresses and other security signals across the platform. Every row is also in the{' '}
            <Link to="/audit?category=security">audit log</Link>.
          </p>
        </div>
        <div className="d-flex align-items-end gap-2">
          <Form.Group controlId="security-range">
            <Form.Label className="small mb-1">Range</Form.Label>
            <Form.Select size="sm" value={preset} onChange={(e) => setParam('range', e.target.value as RangePreset)}>
              {rangePresets.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label} ({p.bucket === 'hour' ? 'by hour' : 'by day'})
                </option>
              ))}
            </Form.Select>
          </Form.Group>
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
      </div>
      <p className="small text-body-secondary">
        {presetLabel}: <time dateTime={range.from}>{rangeFormat.format(new Date(range.from))}</time> to{' '}
        <time dateTime={range.to}>{rangeFormat.format(new Date(range.to))}</time>
        {range.bucket === 'day' && ' (UTC days)'}
      </p>

      <section aria-labelledby="security-summary-title">
        <h2 id="security-summary-title" className="h5">
          Summary
        </h2>
        {summary.isPending ? (
          <Loading label="Loading the summary…" />
        ) : summary.isError ? (
          <Alert variant="danger" role="alert">
            <p className="mb-2">Could not load the summary: {errorMessage(summary.error)}</p>
            <Button variant="outline-danger" size="sm" onClick={() => summary.refetch()}>
              Retry
            </Button>
          </Alert>
        ) : (
          <>
            {summary.data.totals.length === 0 && (
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
                <SecurityChart summary={summary.data} />
              </Card.Body>
            </Card>
          </>
        )}
      </section>

      <section aria-labelledby="security-events-title">
        <div className="d-flex flex-wrap align-items-end justify-content-between gap-2 mb-2">
          <h2 id="security-events-title" className="h5 mb-0">
            Recent events
          </h2>
          <Form.Group controlId="security-kind" style={{ minWidth: '14rem' }}>
            <Form.Label className="small mb-1">Kind</Form.Label>
            <Form.Select size="sm" value={kind} onChange={(e) => setParam('kind', e.target.value)}>
              <option value="">All kinds</option>
              {kindOptions.map((k) => (
                <option key={k} value={k}>
                  {kindLabel(k)}
                </option>
              ))}
            </Form.Select>
          </Form.Group>
        </div>

        {events.isPending ? (
          <Loading label="Loading security events…" />
        ) : events.isError && rows.length === 0 ? (
          <Alert variant="danger" role="alert">
            <p className="mb-2">Could not load security events: {errorMessage(events.error)}</p>
            <Button variant="outline-danger" size="sm" onClick={() => events.refetch()}>
              Retry
            </Button>
          </Alert>
        ) : rows.length === 0 ? (
          <div className="text-center text-body-secondary p-5" data-testid="security-events-empty">
            {kind ? `No ${kindLabel(kind).toLowerCase()} in this period.` : 'No security events in this period.'}
          </div>
        ) : (
          <>
            <SecurityEventsTable events={rows} busy={events.isFetching} />
            {events.isFetchNextPageError && (
              <Alert variant="danger" role="alert">
                Could not load more events: {errorMessage(events.error)}
              </Alert>
            )}
            <div className="d-flex align-items-center gap-2">
              {events.hasNextPage ? (
                <Button variant="outline-secondary" size="sm" disabled={events.isFetchingNextPage} onClick={() => void events.fetchNextPage()}>
                  {events.isFetchingNextPage && <Spinner animation="border" size="sm" aria-hidden="true" className="me-2" />}
                  Load more
                </Button>
              ) : (
                <span className="small text-body-secondary">
                  {rows.length === 1 ? 'The only event' : `All ${rows.length} events`} in this period.
                </span>
              )}
            </div>
          </>
        )}
      </section>
    </>
  );
}
