import { useState, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { ConfirmAction, type ConfirmableMutation } from '../../../components/ConfirmDialog';
import { PageHeader, type Crumb } from '../../../components/PageHeader';
import { PagedList, type CursorPage } from '../../../components/QueryState';
import { ResponsiveTable } from '../../../components/ResponsiveTable';
import type { CursorPaging } from '../../../lib/cursorStack';
import { useDocsScope } from '../docsScope';
import { revisionCard, revisionColumns, type LeadingColumn, type RevisionExtras, type RevisionRow } from './RevisionColumns';
import './prose.css';

/** Restoring a revision: the API call, and what the dialog asks and the record's page says after it. */
export interface RevisionRestore<T, TVariables, TResult> {
  mutation: ConfirmableMutation<TVariables, TResult>;
  variables: (r: T) => TVariables;
  question: (r: T) => ReactNode;
  /** The flash message on the record's page once restored. */
  done: (r: T, result: TResult) => string;
}

export interface RevisionHistoryProps<T extends RevisionRow, TVariables, TResult> {
  crumbs: Crumb[];
  /** "article", "diagram", "floor plan": what the header, the Back link and the empty list name. */
  noun: string;
  /** The article or diagram: its name, current revision and page (the Back link, and where a restore lands). */
  record: { name: string; revision: number; path: string };
  /** Which revision is the one used: "is shown to readers". */
  newest: string;
  revisions: UseQueryResult<CursorPage<T>>;
  paging: CursorPaging;
  onView: (r: T) => void;
  /** Columns before the shared ones, and what the history adds to them. */
  leading?: readonly LeadingColumn<T>[];
  extras?: RevisionExtras<T>;
  /** Said above the list. */
  intro?: ReactNode;
  /** What the list says when there is no revision (default: "This {noun} has no revisions."). */
  empty?: string;
  /** Under the list: the chosen revision (or a comparison). */
  pane?: ReactNode;
  restore: RevisionRestore<T, TVariables, TResult>;
}

/**
 * The frame of an article's, a diagram's or a floor plan's history (DocsScope): header, the revisions a page at a time with View and
 * (with docs.write) Restore… (a table, cards on a phone), the pane the page shows under them, and the restore confirmation.
 */
export function RevisionHistory<T extends RevisionRow, TVariables, TResult>(props: RevisionHistoryProps<T, TVariables, TResult>) {
  const { crumbs, noun, record, newest, revisions, paging, onView, leading = [], extras, intro, empty, pane, restore } = props;
  const scope = useDocsScope();
  const navigate = useNavigate();
  const [restoring, setRestoring] = useState<T | null>(null);
  const actions = { onView, onRestore: scope.can('docs.write') ? setRestoring : undefined };

  return (
    <>
      <PageHeader crumbs={crumbs} title={`History of ${record.name}`} orgId={scope.tabsOrgId}
        subtitle={`${record.revision} revision${record.revision === 1 ? '' : 's'}; the newest ${newest}.`}
        actions={<Link to={record.path} className="btn btn-outline-secondary">Back to the {noun}</Link>} />
      {intro}
      <div className="article-history">
        <PagedList query={revisions} paging={paging} what="revisions" pageSize={50} inline empty={empty ?? `This ${noun} has no revisions.`} pagerLabel="Revision pages">
          {(items, busy) => (
            <ResponsiveTable label="Revisions" rows={items} rowKey={(r) => String(r.number)} busy={busy} columns={[...leading, ...revisionColumns<T>(record.revision, actions, extras)]}
              card={revisionCard<T>(record.revision, actions, extras, leading)} />
          )}
        </PagedList>
      </div>

      {pane}

      <ConfirmAction
        item={restoring}
        title="Restore revision"
        confirmLabel="Restore"
        confirmVariant="primary"
        mutation={restore.mutation}
        variables={restore.variables}
        onDone={(r, result) => void navigate(record.path, { state: { flash: restore.done(r, result) } })}
        onClose={() => setRestoring(null)}
      >
        {restore.question}
      </ConfirmAction>
    </>
  );
}
