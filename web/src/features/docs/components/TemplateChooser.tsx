import Form from 'react-bootstrap/Form';
import { useArticles } from '../api/useArticles';
import { useBuiltInTemplates } from '../api/useTemplates';

/** A template picked in the chooser: `builtin:<key>` or `article:<id>`. */
export type TemplateChoice = { kind: 'builtin'; key: string } | { kind: 'article'; id: string } | null;

export function parseTemplateChoice(value: string): TemplateChoice {
  if (value.startsWith('builtin:')) return { kind: 'builtin', key: value.slice('builtin:'.length) };
  if (value.startsWith('article:')) return { kind: 'article', id: value.slice('article:'.length) };
  return null;
}

export interface TemplateChooserProps {
  orgId: string;
  value: string;
  onChange: (value: string) => void;
  busy?: boolean;
}

/** "Start from": a blank article, a built-in template, or one of the client's own template articles. */
export function TemplateChooser({ orgId, value, onChange, busy }: TemplateChooserProps) {
  const builtIn = useBuiltInTemplates(orgId);
  const own = useArticles(orgId, { q: '', folder: { kind: 'all' }, tag: '', sort: 'title', cursor: null, limit: 100, templates: true });
  const described = builtIn.data?.items.find((t) => `builtin:${t.key}` === value)?.description;
  return (
    <Form.Group controlId="article-template" className="mb-3">
      <Form.Label>Start from</Form.Label>
      <Form.Select value={value} onChange={(e) => onChange(e.target.value)} aria-describedby="article-template-help" aria-busy={busy || builtIn.isFetching || own.isFetching}>
        <option value="">A blank article</option>
        {(builtIn.data?.items.length ?? 0) > 0 && (
          <optgroup label="Built-in templates">
            {builtIn.data?.items.map((t) => (
              <option key={t.key} value={`builtin:${t.key}`}>
                {t.title}
              </option>
            ))}
          </optgroup>
        )}
        {(own.data?.items.length ?? 0) > 0 && (
          <optgroup label="This client’s templates">
            {own.data?.items.map((a) => (
              <option key={a.id} value={`article:${a.id}`}>
                {a.title}
              </option>
            ))}
          </optgroup>
        )}
      </Form.Select>
      <Form.Text id="article-template-help" muted>
        {described ?? 'A template fills the text (and tags) for you to complete.'}
      </Form.Text>
    </Form.Group>
  );
}
