import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { TextField } from '../../../components/FormFields';
import { PageHeader } from '../../../components/PageHeader';
import { errorMessage, formErrorsOf, hasStatus } from '../../../lib/problem';
import { getDiagram } from '../api/useDiagram';
import { useCreateDiagram, useUpdateDiagram } from '../api/useSaveDiagram';
import { DRAWIO_SANDBOX, drawioUrl, parseEditorMessage, svgFromExport } from '../diagrams';
import { diagramPath, diagramsPath, useDocsScope } from '../docsScope';
import { folderFromParam } from '../folderParam';
import type { Diagram } from '../types';
import { useDiagramCrumbs } from './DiagramPage';
import { DiagramQuery } from './DiagramQuery';

/** `…/diagrams/new` (DocsScope): names a new diagram, creates it (an empty page) and opens the editor on it. */
export function DiagramCreatePage() {
  const scope = useDocsScope();
  const { orgId } = scope;
  const [searchParams] = useSearchParams();
  const folder = folderFromParam(searchParams.get('folder') ?? '');
  const navigate = useNavigate();
  const create = useCreateDiagram();
  const [name, setName] = useState('');
  const crumbs = useDiagramCrumbs(folder.kind === 'folder' ? folder.id : null);
  const errors = formErrorsOf(create.error, ['name', 'folderId'] as const);

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(
      { orgId, body: { name, ...(folder.kind === 'folder' ? { folderId: folder.id } : {}) } },
      { onSuccess: (diagram) => void navigate(`${diagramPath(scope, diagram.id)}/edit`, { replace: true }) },
    );
  }

  return (
    <>
      <PageHeader crumbs={crumbs} title="New diagram" orgId={scope.tabsOrgId} />
      <Form onSubmit={submit} noValidate aria-label="New diagram" style={{ maxWidth: '36rem' }}>
        {errors && errors.formErrors.length > 0 && <ErrorAlert error={create.error} />}
        <TextField id="diagram-name" label="Name" value={name} onChange={(e) => setName(e.target.value)} required autoFocus maxLength={300} error={errors?.fieldErrors.name?.[0]} />
        <div className="d-flex gap-2">
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create and draw'}
          </Button>
          <Link to={diagramsPath(scope)} className="btn btn-outline-secondary">
            Cancel
          </Link>
        </div>
      </Form>
    </>
  );
}

/** `…/diagrams/:diagramId/edit` (DocsScope): the self-hosted diagrams.net editor on the diagram. */
export function DiagramEditPage() {
  const { orgId } = useDocsScope();
  const { diagramId = '' } = useParams();
  return <DiagramQuery diagramId={diagramId}>{(data) => <DiagramEditor key={data.id} orgId={orgId} diagram={data} />}</DiagramQuery>;
}

type Notice = { kind: 'saved'; revision: number } | { kind: 'conflict'; theirs: Diagram; xml: string; svg: string } | { kind: 'error'; message: string } | null;

function DiagramEditor({ orgId, diagram }: { orgId: string; diagram: Diagram }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const update = useUpdateDiagram();
  // What the editor works on: the etag its next save must match, and the XML it last loaded or saved.
  const current = useRef({ etag: diagram.etag, xml: diagram.xml });
  const pendingXml = useRef<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [loaded, setLoaded] = useState(false);
  const scope = useDocsScope();
  const base = diagramPath(scope, diagram.id);
  const crumbs = useDiagramCrumbs(diagram.folderId, { to: base, label: diagram.name });
  const src = drawioUrl();

  useEffect(() => {
    // The editor has an opaque origin (sandbox without allow-same-origin): its messages are known by their source window,
    // and ours can only be addressed to '*' — they go to that one window.
    function post(message: object) {
      frame.current?.contentWindow?.postMessage(JSON.stringify(message), '*');
    }

    async function save(xml: string, svg: string, etag: string) {
      try {
        const saved = await update.mutateAsync({ orgId, diagramId: diagram.id, etag, changes: { xml, svg } });
        current.current = { etag: saved.etag, xml };
        setNotice({ kind: 'saved', revision: saved.revision });
        post({ action: 'status', message: `Saved as revision ${saved.revision}`, modified: false });
      } catch (error) {
        if (hasStatus(error, 412)) {
          const theirs = await getDiagram(orgId, diagram.id);
          setNotice({ kind: 'conflict', theirs, xml, svg });
        } else {
          setNotice({ kind: 'error', message: errorMessage(error) });
        }
        post({ action: 'status', message: 'Not saved', modified: true });
      }
    }

    function onMessage(event: MessageEvent) {
      if (!frame.current || event.source !== frame.current.contentWindow) return;
      const message = parseEditorMessage(event.data);
      if (!message) return;
      switch (message.event) {
        case 'init':
          post({ action: 'load', xml: current.current.xml, autosave: 0, title: diagram.name });
          break;
        case 'load':
          setLoaded(true);
          break;
        case 'save':
          // The preview is exported from the very XML saved, then both go to the API together.
          pendingXml.current = message.xml;
          post({ action: 'export', format: 'svg', xml: message.xml, spinKey: 'saving' });
          break;
        case 'export': {
          const xml = message.xml ?? pendingXml.current;
          pendingXml.current = null;
          if (xml) void save(xml, svgFromExport(message.data), current.current.etag);
          break;
        }
        default:
          break;
      }
    }

    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
    // The handlers read the latest etag and XML from refs; the mutation object is stable enough for a listener's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [orgId, diagram.id, diagram.name]);

  function overwrite(theirs: Diagram, xml: string, svg: string) {
    setNotice(null);
    update.mutate(
      { orgId, diagramId: diagram.id, etag: theirs.etag, changes: { xml, svg } },
      {
        onSuccess: (saved) => {
          current.current = { etag: saved.etag, xml };
          setNotice({ kind: 'saved', revision: saved.revision });
        },
        onError: (error) => setNotice({ kind: 'error', message: errorMessage(error) }),
      },
    );
  }

  function loadTheirs(theirs: Diagram) {
    current.current = { etag: theirs.etag, xml: theirs.xml };
    setNotice(null);
    frame.current?.contentWindow?.postMessage(JSON.stringify({ action: 'load', xml: theirs.xml, autosave: 0, title: theirs.name }), '*');
  }

  return (
    <>
      <PageHeader
        crumbs={crumbs}
        title={`Edit ${diagram.name}`}
        orgId={scope.tabsOrgId}
        subtitle="Draw in the editor below and press its Save button: each save is a new revision."
        actions={
          <Link to={base} className="btn btn-outline-secondary">
            Close editor
          </Link>
        }
      />
      <div aria-live="polite">
        {notice?.kind === 'saved' && (
          <Alert variant="success" className="py-2" dismissible onClose={() => setNotice(null)}>
            Saved as revision {notice.revision}.
          </Alert>
        )}
        {notice?.kind === 'error' && (
          <Alert variant="danger" className="py-2" dismissible onClose={() => setNotice(null)}>
            Could not save the diagram: {notice.message}
          </Alert>
        )}
        {notice?.kind === 'conflict' && (
          <Alert variant="warning" className="py-2">
            <p className="mb-2">
              Someone saved revision {notice.theirs.revision} of this diagram while you were editing, so your save was not stored.
            </p>
            <div className="d-flex flex-wrap gap-2">
              <Button size="sm" variant="warning" onClick={() => overwrite(notice.theirs, notice.xml, notice.svg)}>
                Save mine as the newest revision
              </Button>
              <Button size="sm" variant="outline-secondary" onClick={() => loadTheirs(notice.theirs)}>
                Load theirs (discard my changes)
              </Button>
            </div>
          </Alert>
        )}
      </div>
      {!loaded && <p className="small text-body-secondary">Loading the editor…</p>}
      <iframe ref={frame} src={src} title={`Diagram editor: ${diagram.name}`} sandbox={DRAWIO_SANDBOX} className="diagram-editor-frame border rounded w-100" />
    </>
  );
}
