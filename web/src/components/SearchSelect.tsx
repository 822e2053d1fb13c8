import { useState } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import Form from 'react-bootstrap/Form';
import { errorMessage } from '../lib/problem';
import type { Option } from './FormFields';
import type { CursorPage } from './QueryState';

export interface SearchSelectProps<T> {
  /** The select's id; the search box is `<id>-search`, messages `<id>-error` and `<id>-hint`. */
  id: string;
  label: string;
  /** The search box's label ("Find rack"). */
  searchLabel: string;
  placeholder: string;
  /** What is searched, plural and lower case ("racks"), for the messages. */
  noun: string;
  search: string;
  onSearch: (text: string) => void;
  /** The first page of matches for the (debounced) search. */
  query: UseQueryResult<CursorPage<T>>;
  optionOf: (item: T) => Option;
  value: string;
  /** `item` is the picked match, undefined for the empty choice. */
  onChange: (value: string, item: T | undefined) => void;
  /** The empty choice ("No rack", "Choose a panel"); none when null. */
  emptyLabel: string | null;
  /** The label of a value set from outside (an edited record's folder) while the search does not list it. */
  pickedLabel?: string;
  /** The API's error for this field. */
  error?: string;
  size?: 'sm';
  compactLabel?: boolean;
  className?: string;
}

/**
 * A choice among records of a paged list, however many there are: a search box (the server's `q`) over a select of
 * the first page of matches. The picked record stays selectable, by name, while the search changes.
 */
export function SearchSelect<T>({
  id,
  label,
  searchLabel,
  placeholder,
  noun,
  search,
  onSearch,
  query,
  optionOf,
  value,
  onChange,
  emptyLabel,
  pickedLabel,
  error,
  size,
  compactLabel,
  className = 'mb-3',
}: SearchSelectProps<T>) {
  const [remembered, setRemembered] = useState<Option | null>(null);
  const items = query.data?.items ?? [];
  const options = items.map(optionOf);
  const pickedMissing = Boolean(value) && !options.some((o) => o.value === value);
  const missingLabel = remembered?.value === value ? remembered.label : (pickedLabel ?? 'Selected');
  const labelClass = compactLabel ? 'small mb-1' : undefined;
  const term = search.trim();
  const hint = query.isError
    ? `Could not search ${noun}: ${errorMessage(query.error)}`
    : query.isSuccess && items.length === 0
      ? term
        ? `No ${noun} match “${term}”.`
        : `There are no ${noun} yet.`
      : query.data?.nextCursor
        ? `Showing the first ${items.length} ${noun}: type to find others.`
        : undefined;
  const describedBy = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined;

  function pick(next: string) {
    const index = options.findIndex((o) => o.value === next);
    if (index >= 0) setRemembered(options[index]);
    onChange(next, index >= 0 ? items[index] : undefined);
  }

  return (
    <div className={className}>
      <Form.Group controlId={`${id}-search`} className="mb-2">
        <Form.Label className={labelClass}>{searchLabel}</Form.Label>
        <Form.Control type="search" size={size} placeholder={placeholder} value={search} onChange={(e) => onSearch(e.target.value)} autoComplete="off" />
      </Form.Group>
      <Form.Group controlId={id}>
        <Form.Label className={labelClass}>{label}</Form.Label>
        <Form.Select size={size} value={value} onChange={(e) => pick(e.target.value)} isInvalid={Boolean(error)} aria-describedby={describedBy} aria-busy={query.isFetching}>
          {emptyLabel !== null && <option value="">{emptyLabel}</option>}
          {pickedMissing && <option value={value}>{missingLabel}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Form.Select>
        <Form.Control.Feedback type="invalid" id={`${id}-error`}>
          {error}
        </Form.Control.Feedback>
        {hint && (
          <Form.Text id={`${id}-hint`} className={query.isError ? 'text-danger' : undefined} muted={!query.isError}>
            {hint}
          </Form.Text>
        )}
      </Form.Group>
    </div>
  );
}
