import type { ReactNode } from 'react';
import { Link } from 'react-router';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import { none, type Column } from '../../../components/DataTable';
import { RelativeTime } from '../../../components/RelativeTime';
import type { RowCard } from '../../../components/ResponsiveTable';
import { Icon } from './Icons';

/** What a revision row shows, for articles and diagrams alike. */
export interface RevisionRow {
  number: number;
  summary?: string | null;
  restoredFrom?: number | null;
  authorName: string;
  createdAt: string;
}

/** What a history adds to the shared columns: a badge after the number, lines under the summary, which rows may be restored. */
export interface RevisionExtras<T> {
  badge?: (r: T) => ReactNode;
  note?: (r: T) => ReactNode;
  canRestore?: (r: T) => boolean;
}

/** View / Restore… of a history's row (`onRestore` only for those who may write). */
export interface RevisionActions<T> {
  onView: (r: T) => void;
  onRestore?: (r: T) => void;
}

function RevisionBadges<T extends RevisionRow>({ r, current, extras }: { r: T; current: number; extras: RevisionExtras<T> }) {
  return (
    <>
      {r.number === current && (
        <Badge bg="success" className="ms-2">
          Current
        </Badge>
      )}
      {extras.badge?.(r)}
    </>
  );
}

function RevisionSummary<T extends RevisionRow>({ r, extras }: { r: T; extras: RevisionExtras<T> }) {
  return (
    <>
      {r.summary ?? none}
      {r.restoredFrom != null && <div className="small text-body-secondary">Restored from revision {r.restoredFrom}</div>}
      {extras.note?.(r)}
    </>
  );
}

function RevisionButtons<T extends RevisionRow>({ r, current, actions, extras }: { r: T; current: number; actions: RevisionActions<T>; extras: RevisionExtras<T> }) {
  return (
    <>
      <Button variant="link" size="sm" aria-label={`View revision ${r.number}`} onClick={() => actions.onView(r)}>
        View
      </Button>
      {actions.onRestore && r.number !== current && (extras.canRestore?.(r) ?? true) && (
        <Button variant="outline-primary" size="sm" aria-label={`Restore revision ${r.number}`} onClick={() => actions.onRestore?.(r)}>
          Restore…
        </Button>
      )}
    </>
  );
}

/**
 * A history's columns: the revision number, summary, author, when it was saved, and View / Restore… (`onRestore` only
 * for those who may write; never for the current revision, the number shown to readers).
 */
export function revisionColumns<T extends RevisionRow>(current: number, actions: RevisionActions<T>, extras: RevisionExtras<T> = {}): Column<T>[] {
  return [
    {
      header: 'Revision',
      className: 'text-nowrap',
      cell: (r) => (
        <>
          {r.number}
          <RevisionBadges r={r} current={current} extras={extras} />
        </>
      ),
    },
    { header: 'Summary', className: 'text-break', cell: (r) => <RevisionSummary r={r} extras={extras} /> },
    { header: 'Author', cell: (r) => r.authorName },
    { header: 'Saved', className: 'text-nowrap', cell: (r) => <RelativeTime value={r.createdAt} /> },
    { header: 'Actions', hideHeader: true, className: 'text-end text-nowrap', cell: (r) => <RevisionButtons r={r} current={current} actions={actions} extras={extras} /> },
  ];
}

/** A column a history adds before the shared ones (the article's From and To); on a phone a line of the card. */
export type LeadingColumn<T> = Column<T> & { header: string };

/**
 * A history's row as a card on a phone, where five columns scrolled sideways and cut the author off: the number
 * with its badges, then the added columns, summary, author and save time as lines, View / Restore… at the foot.
 */
export function revisionCard<T extends RevisionRow>(current: number, actions: RevisionActions<T>, extras: RevisionExtras<T> = {}, leading: readonly LeadingColumn<T>[] = []) {
  return (r: T): RowCard => ({
    title: (
      <>
        Revision {r.number}
        <RevisionBadges r={r} current={current} extras={extras} />
      </>
    ),
    details: [
      ...leading.map((c): [string, ReactNode] => [c.header, c.cell(r)]),
      ['Summary', <RevisionSummary r={r} extras={extras} />],
      ['Author', r.authorName],
      ['Saved', <RelativeTime value={r.createdAt} />],
    ],
    actions: <RevisionButtons r={r} current={current} actions={actions} extras={extras} />,
  });
}

/** Edit, History and Delete… of an article's or a diagram's page (`base`: the page's path); `extra` goes before Delete. */
export function DocActions({ base, canWrite, onDelete, extra }: { base: string; canWrite: boolean; onDelete: () => void; extra?: ReactNode }) {
  return (
    <>
      {canWrite && (
        <Link to={`${base}/edit`} className="btn btn-primary d-inline-flex align-items-center gap-1">
          <Icon name="pencil" /> Edit
        </Link>
      )}
      <Link to={`${base}/history`} className="btn btn-outline-secondary d-inline-flex align-items-center gap-1">
        <Icon name="clock" /> History
      </Link>
      {extra}
      {canWrite && (
        <Button variant="outline-danger" className="d-inline-flex align-items-center gap-1" onClick={onDelete}>
          <Icon name="trash" /> Delete…
        </Button>
      )}
    </>
  );
}
