import { useState } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import Button from 'react-bootstrap/Button';
import type { CursorPage } from '../../../components/QueryState';
import { SearchSelect } from '../../../components/SearchSelect';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { useContactCandidates, useCredentialCandidates } from '../api/useLinkCandidates';

export interface LinkedRecordsFieldProps<T extends { id: string; name: string }> {
  id: string;
  /** Plural, capitalised ("Credentials"). */
  label: string;
  /** Singular, lower case ("credential"). */
  noun: string;
  search: string;
  onSearch: (text: string) => void;
  /** The first page of matches for the (debounced) search. */
  query: UseQueryResult<CursorPage<T>>;
  value: readonly string[];
  /** Names known for ids already linked (from the article's linked items). */
  knownNames: Readonly<Record<string, string>>;
  onChange: (ids: string[]) => void;
  error?: string;
}

/** Several records linked to the article: chips that unlink, and a searchable select (SearchSelect) that adds one. */
function LinkedRecordsField<T extends { id: string; name: string }>({ id, label, noun, search, onSearch, query, value, knownNames, onChange, error }: LinkedRecordsFieldProps<T>) {
  const [names, setNames] = useState<Record<string, string>>({});
  const nameOf = (recordId: string) => names[recordId] ?? knownNames[recordId] ?? `Linked ${noun}`;

  return (
    <fieldset className="mb-3">
      <legend className="fs-6 mb-2">{label}</legend>
      {value.length === 0 ? (
        <p className="small text-body-secondary mb-2">No {noun} linked.</p>
      ) : (
        <ul className="list-unstyled d-flex flex-wrap gap-2 mb-2" aria-label={`Linked ${label.toLowerCase()}`}>
          {value.map((recordId) => (
            <li key={recordId} className="border rounded-pill d-inline-flex align-items-center ps-3 pe-1 py-1 bg-body-tertiary">
              <span className="text-break">{nameOf(recordId)}</span>
              <Button variant="link" size="sm" className="py-0 px-2 text-body" aria-label={`Unlink ${nameOf(recordId)}`} onClick={() => onChange(value.filter((v) => v !== recordId))}>
                <svg width="10" height="10" viewBox="0 0 12 12" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" aria-hidden="true" focusable="false">
                  <path d="M3 3l6 6M9 3l-6 6" />
                </svg>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <SearchSelect
        id={id}
        label={`Link a ${noun}`}
        searchLabel={`Find a ${noun}`}
        placeholder="Type to search"
        noun={`${noun}s`}
        search={search}
        onSearch={onSearch}
        query={query}
        optionOf={(item) => ({ value: item.id, label: value.includes(item.id) ? `${item.name} (linked)` : item.name })}
        value=""
        onChange={(picked, item) => {
          if (!picked || value.includes(picked)) return;
          if (item) setNames((n) => ({ ...n, [picked]: item.name }));
          onChange([...value, picked]);
        }}
        emptyLabel={`Choose a ${noun} to link`}
        error={error}
        size="sm"
        compactLabel
      />
    </fieldset>
  );
}

export type RecordLinksProps = Omit<LinkedRecordsFieldProps<{ id: string; name: string }>, 'id' | 'label' | 'noun' | 'search' | 'onSearch' | 'query'> & { orgId: string };

export function CredentialLinks({ orgId, ...field }: RecordLinksProps) {
  const [search, setSearch] = useState('');
  const query = useCredentialCandidates(orgId, useDebouncedValue(search.trim(), 300), true);
  return <LinkedRecordsField id="article-credentials" label="Credentials" noun="credential" search={search} onSearch={setSearch} query={query} {...field} />;
}

export function ContactLinks({ orgId, ...field }: RecordLinksProps) {
  const [search, setSearch] = useState('');
  const query = useContactCandidates(orgId, useDebouncedValue(search.trim(), 300), true);
  return <LinkedRecordsField id="article-contacts" label="Contacts" noun="contact" search={search} onSearch={setSearch} query={query} {...field} />;
}
