import type { ReactNode } from 'react';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import type { AuditEvent } from '../types';
import { AuditCategoryBadge, AuditOutcomeBadge } from './AuditBadges';
import { longDateTime } from '../../../lib/dates';

const timeFormat = longDateTime;

/** Details arrive as JSON; an API that passes them through as a string still gets pretty-printed. */
export function formatDetails(details: unknown): string | null {
  if (details === null || details === undefined) return null;
  if (typeof details === 'string') {
    try {
      return JSON.stringify(JSON.parse(details), null, 2);
    } catch {
      return details;
    }
  }
  return JSON.stringify(details, null, 2);
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="col-sm-3">{label}</dt>
      <dd className="col-sm-9 text-break">{children ?? <span className="text-body-secondary">—</span>}</dd>
    </>
  );
}

export function AuditEventDetails({ event, onHide }: { event: AuditEvent | null; onHide: () => void }) {
  const details = event ? formatDetails(event.details) : null;
  return (
    <Modal show={event !== null} onHide={onHide} size="lg" aria-labelledby="audit-event-title">
      {event && (
        <>
          <Modal.Header closeButton>
            <Modal.Title id="audit-event-title" className="h5">
              Audit event {event.id}: <code>{event.action}</code>
            </Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <dl className="row mb-3">
              <Field label="Time">
                <time dateTime={event.occurredAt}>{timeFormat.format(new Date(event.occurredAt))}</time>
              </Field>
              <Field label="Category">
                <AuditCategoryBadge category={event.category} />
              </Field>
              <Field label="Outcome">
                <AuditOutcomeBadge outcome={event.outcome} />
              </Field>
              <Field label="Actor">
                {event.actorName ?? event.actorId ?? null} ({event.actorType}){event.actorId && event.actorName ? <> · <code>{event.actorId}</code></> : null}
              </Field>
              <Field label="Organisation">{event.orgId ? <code>{event.orgId}</code> : null}</Field>
              <Field label="Target">
                {event.targetType || event.targetId ? (
                  <code>
                    {event.targetType ?? '?'}:{event.targetId ?? '?'}
                  </code>
                ) : null}
              </Field>
              <Field label="IP address">{event.ip}</Field>
              <Field label="User agent">{event.userAgent}</Field>
              <Field label="Request id">{event.requestId ? <code>{event.requestId}</code> : null}</Field>
            </dl>
            <h2 className="h6">Details</h2>
            {details ? (
              <pre className="bg-body-tertiary border rounded p-2 small mb-0" aria-label="Event details" data-testid="audit-details-json">
                {details}
              </pre>
            ) : (
              <p className="text-body-secondary mb-0">No details recorded.</p>
            )}
          </Modal.Body>
          <Modal.Footer>
            <Button variant="secondary" onClick={onHide}>
              Close
            </Button>
          </Modal.Footer>
        </>
      )}
    </Modal>
  );
}
