import { useEffect, useEffectEvent, useState } from 'react';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import { SearchSelect } from '../../../components/SearchSelect';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { useAuditActors } from '../api/useAuditActors';
import { auditCategories, auditOutcomes, type AuditActor, type AuditFilterName, type AuditFilters as Filters, type AuditScope } from '../types';

interface AuditFiltersProps {
  /** Whose log: the actor picker offers the people who appear in it. */
  orgId: AuditScope;
  filters: Filters;
  onChange: (name: AuditFilterName, value: string) => void;
  onClear: () => void;
  canClear: boolean;
}

/** A text box that updates at typing speed and reports its value once typing pauses. */
function DebouncedText({
  id,
  label,
  value,
  placeholder,
  type = 'text',
  onCommit,
}: {
  id: string;
  label: string;
  value: string;
  placeholder?: string;
  type?: 'text' | 'search';
  onCommit: (value: string) => void;
}) {
  const [text, setText] = useState(value);
  // The last value this box and the URL agreed on. A different `value` arriving from outside
  // (Clear filters, back button) replaces the text; our own commit coming back through the URL
  // must not, or it would clobber whatever was typed since.
  const [synced, setSynced] = useState(value);
  if (value !== synced) {
    setSynced(value);
    setText(value);
  }

  // Only a pause in typing commits: a new `synced` or `onCommit` alone must not.
  const commit = useEffectEvent((next: string) => {
    if (next === synced) return;
    setSynced(next);
    onCommit(next);
  });
  useEffect(() => {
    const next = text.trim();
    const timer = setTimeout(() => commit(next), 300);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <Form.Group controlId={id}>
      <Form.Label className="small mb-1">{label}</Form.Label>
      <Form.Control type={type} size="sm" placeholder={placeholder} value={text} onChange={(e) => setText(e.target.value)} />
    </Form.Group>
  );
}

/** Type-ahead over the people in the log (by name or email); picking one filters the log to what they did. */
function ActorPicker({ orgId, value, onChange }: { orgId: AuditScope; value: string; onChange: (actorId: string) => void }) {
  const [search, setSearch] = useState('');
  const actors = useAuditActors(orgId, useDebouncedValue(search.trim(), 300));
  // A filter from the address (a link, a bookmark) has only the id: the API answers that person for q = their id.
  const chosen = useAuditActors(orgId, value).data?.items.find((a) => a.id === value);
  return (
    <SearchSelect<AuditActor>
      id="audit-actor"
      value={value}
      onChange={(id) => onChange(id)}
      query={actors}
      optionOf={(a) => ({ value: a.id, label: `${a.name} (${a.email})` })}
      label="Actor"
      emptyLabel="Anyone"
      pickedLabel={chosen ? `${chosen.name} (${chosen.email})` : 'The chosen person'}
      searchLabel="Find a person"
      placeholder="Name or email"
      search={search}
      onSearch={setSearch}
      noun="people"
      size="sm"
      compactLabel
      className=""
    />
  );
}

export function AuditFilters({ orgId, filters, onChange, onClear, canClear }: AuditFiltersProps) {
  return (
    <Form role="search" aria-label="Filter audit events" onSubmit={(e) => e.preventDefault()} className="mb-3">
      <Row className="g-2 align-items-end">
        <Col md={6}>
          <DebouncedText
            id="audit-q"
            label="Search"
            type="search"
            placeholder="Action, actor, target id or IP"
            value={filters.q}
            onCommit={(v) => onChange('q', v)}
          />
        </Col>
        <Col sm={6} md={2}>
          <Form.Group controlId="audit-category">
            <Form.Label className="small mb-1">Category</Form.Label>
            <Form.Select size="sm" value={filters.category} onChange={(e) => onChange('category', e.target.value)}>
              <option value="">All categories</option>
              {auditCategories.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </Form.Select>
          </Form.Group>
        </Col>
        <Col sm={6} md={2}>
          <Form.Group controlId="audit-outcome">
            <Form.Label className="small mb-1">Outcome</Form.Label>
            <Form.Select size="sm" value={filters.outcome} onChange={(e) => onChange('outcome', e.target.value)}>
              <option value="">All outcomes</option>
              {auditOutcomes.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Form.Select>
          </Form.Group>
        </Col>
        <Col sm={6} md={2}>
          <DebouncedText id="audit-action" label="Action" placeholder="e.g. org.created" value={filters.action} onCommit={(v) => onChange('action', v)} />
        </Col>
        <Col sm={6} md={2}>
          <Form.Group controlId="audit-from">
            <Form.Label className="small mb-1">From</Form.Label>
            <Form.Control
              type="date"
              size="sm"
              value={filters.from}
              max={filters.to || undefined}
              onChange={(e) => onChange('from', e.target.value)}
            />
          </Form.Group>
        </Col>
        <Col sm={6} md={2}>
          <Form.Group controlId="audit-to">
            <Form.Label className="small mb-1">To</Form.Label>
            <Form.Control
              type="date"
              size="sm"
              value={filters.to}
              min={filters.from || undefined}
              onChange={(e) => onChange('to', e.target.value)}
            />
          </Form.Group>
        </Col>
        {/* Its search box sits above its list: in a row with From and To, both line up with their fields. */}
        <Col sm={12} md={4}>
          <ActorPicker orgId={orgId} value={filters.actorId} onChange={(v) => onChange('actorId', v)} />
        </Col>
        {(filters.targetType || filters.targetId) && (
          <Col sm="auto">
            <span className="small text-body-secondary">
              Target{' '}
              <code>
                {filters.targetType || '*'}:{filters.targetId || '*'}
              </code>
            </span>
          </Col>
        )}
        <Col sm="auto">
          <Button variant="outline-secondary" size="sm" disabled={!canClear} onClick={onClear}>
            Clear filters
          </Button>
        </Col>
      </Row>
    </Form>
  );
}
