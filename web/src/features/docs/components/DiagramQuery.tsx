import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../../components/QueryState';
import { useDiagram } from '../api/useDiagram';
import type { Diagram } from '../types';

/** The diagram of the route, with its loading and error states (gone, or not the reader's: 404). */
export function DiagramQuery({ orgId, diagramId, children }: { orgId: string; diagramId: string; children: (diagram: Diagram) => ReactNode }) {
  const diagram = useDiagram(orgId, diagramId);
  const back = <Link to={`/orgs/${orgId}/docs?view=diagrams`}>Back to the diagrams</Link>;
  return (
    <QueryState query={diagram} what="the diagram" notFound="This diagram does not exist or you cannot access it." errorFooter={back}>
      {children}
    </QueryState>
  );
}
