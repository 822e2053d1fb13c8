import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../../components/QueryState';
import { useDiagram } from '../api/useDiagram';
import { diagramsPath, useDocsScope } from '../docsScope';
import type { Diagram } from '../types';

/** The diagram of the route in the page's knowledge base, with its loading and error states (gone, or not the reader's: 404). */
export function DiagramQuery({ diagramId, children }: { diagramId: string; children: (diagram: Diagram) => ReactNode }) {
  const scope = useDocsScope();
  const diagram = useDiagram(scope.orgId, diagramId);
  const back = <Link to={diagramsPath(scope)}>Back to the diagrams</Link>;
  return (
    <QueryState query={diagram} what="the diagram" notFound="This diagram does not exist or you cannot access it." errorFooter={back}>
      {children}
    </QueryState>
  );
}
