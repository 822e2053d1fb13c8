import { useRef, useState } from 'react';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Nav from 'react-bootstrap/Nav';
import Row from 'react-bootstrap/Row';
import { SearchField, TextField } from '../../../components/FormFields';
import { errorMessage } from '../../../lib/problem';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { useMediaQuery } from '../../../lib/useMediaQuery';
import { useArticles } from '../api/useArticles';
import { useDiagrams } from '../api/useDiagrams';
import { usePreview } from '../api/useTemplates';
import { articleLinkMarkdown, insertAt } from '../articleLinks';
import { diagramEmbedMarkdown } from '../diagrams';
import { ArticleHtml } from './ArticleHtml';
import { Icon } from './Icons';

export interface MarkdownEditorProps {
  orgId: string;
  /** The article being edited: not offered as a link target to itself. */
  articleId?: string;
  value: string;
  onChange: (body: string) => void;
  error?: string;
}

/**
 * The body's Markdown beside its live preview, rendered by the server as a save would (debounced, 300 ms); on a
 * phone, Write and Preview are tabs. "Insert link to article" puts `[Title](article:<id>)` at the cursor, "Insert diagram"
 * `![Name](diagram:<id>)` (shown as the diagram's picture).
 */
export function MarkdownEditor({ orgId, articleId, value, onChange, error }: MarkdownEditorProps) {
  const phone = useMediaQuery('(max-width: 767.98px)');
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  // Where the cursor was last (TextField keeps its own ref): a link goes there.
  const selection = useRef<{ start: number; end: number } | null>(null);
  const [inserting, setInserting] = useState<'article' | 'diagram' | null>(null);
  const debounced = useDebouncedValue(value, 300);
  const showPreview = !phone || tab === 'preview';
  const preview = usePreview(orgId, debounced, showPreview);

  function insert(markdown: string) {
    const { start, end } = selection.current ?? { start: value.length, end: value.length };
    const { text, caret } = insertAt(value, markdown, start, end);
    onChange(text);
    selection.current = { start: caret, end: caret };
    requestAnimationFrame(() => {
      const el = document.getElementById('article-body');
      if (!(el instanceof HTMLTextAreaElement)) return;
      el.focus();
      el.setSelectionRange(caret, caret);
    });
  }

  const write = (
    <div className="article-editor">
      <TextField
        id="article-body"
        label={
          <>
            Text <span className="small text-body-secondary">(Markdown: tables, task lists and code blocks work as on GitHub)</span>
          </>
        }
        className="mb-2"
        rows={18}
        spellCheck
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onSelect={(e) => {
          const el = e.currentTarget as HTMLTextAreaElement;
          selection.current = { start: el.selectionStart, end: el.selectionEnd };
        }}
        error={error}
      />
      <div className="d-flex flex-wrap gap-2 mb-2">
        <Button variant="outline-secondary" size="sm" className="d-inline-flex align-items-center gap-1" aria-expanded={inserting === 'article'}
          aria-controls="article-link-inserter" onClick={() => setInserting((i) => (i === 'article' ? null : 'article'))}>
          <Icon name="link" size={14} /> Insert link to article
        </Button>
        <Button variant="outline-secondary" size="sm" className="d-inline-flex align-items-center gap-1" aria-expanded={inserting === 'diagram'}
          aria-controls="article-diagram-inserter" onClick={() => setInserting((i) => (i === 'diagram' ? null : 'diagram'))}>
          <Icon name="diagram" size={14} /> Insert diagram
        </Button>
      </div>
      {inserting === 'article' && (
        <ArticleLinkInserter
          orgId={orgId}
          articleId={articleId}
          onPick={(markdown) => {
            insert(markdown);
            setInserting(null);
          }}
        />
      )}
      {inserting === 'diagram' && (
        <DiagramInserter
          orgId={orgId}
          onPick={(markdown) => {
            insert(markdown);
            setInserting(null);
          }}
        />
      )}
    </div>
  );
  const previewPane = (
    <div>
      <h2 className="form-label fs-6 fw-normal mb-1" id="article-preview-label">
        Preview
      </h2>
      {/* Focusable: a long preview scrolls in its box, also from the keyboard. */}
      <div className="article-preview border rounded p-3" role="region" tabIndex={0} aria-busy={preview.isFetching} aria-labelledby="article-preview-label">
        {preview.isError ? (
          <p className="text-danger small mb-0">Could not render the preview: {errorMessage(preview.error)}</p>
        ) : !value.trim() ? (
          <p className="text-body-secondary small mb-0">Nothing to preview yet.</p>
        ) : preview.data ? (
          <ArticleHtml html={preview.data.html} label="Preview of the text" />
        ) : (
          <p className="text-body-secondary small mb-0">Rendering…</p>
        )}
      </div>
    </div>
  );

  if (phone) {
    return (
      <div className="mb-3">
        <Nav variant="tabs" className="mb-2" activeKey={tab} onSelect={(k) => setTab(k === 'preview' ? 'preview' : 'write')} role="tablist">
          <Nav.Item>
            <Nav.Link eventKey="write" role="tab" aria-selected={tab === 'write'}>Write</Nav.Link>
          </Nav.Item>
          <Nav.Item>
            <Nav.Link eventKey="preview" role="tab" aria-selected={tab === 'preview'}>Preview</Nav.Link>
          </Nav.Item>
        </Nav>
        {/* Kept mounted while hidden, so the cursor and undo history survive a look at the preview. */}
        <div hidden={tab !== 'write'}>{write}</div>
        {tab === 'preview' && previewPane}
      </div>
    );
  }
  return (
    <Row className="mb-3 g-3">
      <Col md={6}>{write}</Col>
      <Col md={6}>{previewPane}</Col>
    </Row>
  );
}

/** Type to find an article; each match is a button that inserts a link to it. */
function ArticleLinkInserter({ orgId, articleId, onPick }: { orgId: string; articleId?: string; onPick: (markdown: string) => void }) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const articles = useArticles(orgId, { q, folder: { kind: 'all' }, tag: '', sort: 'title', cursor: null, limit: 8 });
  const matches = (articles.data?.items ?? []).filter((a) => a.id !== articleId);
  return (
    <div id="article-link-inserter" className="border rounded p-2 mb-2 bg-body-tertiary">
      <SearchField id="article-link-search" label="Find an article to link" placeholder="Find an article to link: title or words" size="sm" className="mb-2" autoFocus
        value={search} onChange={setSearch} />
      {articles.isError ? (
        <p className="small text-danger mb-0">Could not search articles: {errorMessage(articles.error)}</p>
      ) : articles.isSuccess && matches.length === 0 ? (
        <p className="small text-body-secondary mb-0">{q ? `No other article matches “${q}”.` : 'There is no other article to link yet.'}</p>
      ) : (
        <ul className="list-unstyled mb-0" aria-label="Articles to link" aria-busy={articles.isFetching}>
          {matches.map((a) => (
            <li key={a.id}>
              <Button variant="link" size="sm" className="px-1 text-start" onClick={() => onPick(articleLinkMarkdown(a.title, a.id))}>
                <span className="visually-hidden">Insert a link to </span>
                {a.title}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Type to find a diagram; each match is a button that embeds it. */
function DiagramInserter({ orgId, onPick }: { orgId: string; onPick: (markdown: string) => void }) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const diagrams = useDiagrams(orgId, { q, folder: { kind: 'all' }, sort: 'name', cursor: null, limit: 8 });
  const matches = diagrams.data?.items ?? [];
  return (
    <div id="article-diagram-inserter" className="border rounded p-2 mb-2 bg-body-tertiary">
      <SearchField id="article-diagram-search" label="Find a diagram to embed" placeholder="Find a diagram to embed: name or shape labels" size="sm" className="mb-2"
        autoFocus value={search} onChange={setSearch} />
      {diagrams.isError ? (
        <p className="small text-danger mb-0">Could not search diagrams: {errorMessage(diagrams.error)}</p>
      ) : diagrams.isSuccess && matches.length === 0 ? (
        <p className="small text-body-secondary mb-0">{q ? `No diagram matches “${q}”.` : 'There is no diagram yet: draw one under Docs → Diagrams.'}</p>
      ) : (
        <ul className="list-unstyled mb-0" aria-label="Diagrams to embed" aria-busy={diagrams.isFetching}>
          {matches.map((d) => (
            <li key={d.id}>
              <Button variant="link" size="sm" className="px-1 text-start" onClick={() => onPick(diagramEmbedMarkdown(d.name, d.id))}>
                <span className="visually-hidden">Embed the diagram </span>
                {d.name}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
