import { useRef, useState } from 'react';
import Form from 'react-bootstrap/Form';
import { paletteShortcutLabel } from '../shortcuts';
import { useSearchCombobox } from '../useSearchCombobox';
import { ResultsListbox } from './ResultsListbox';
import { SearchIcon } from './SearchIcon';

const LISTBOX_ID = 'topbar-results';

/** The top bar's search: results drop down as you type; Enter without a chosen result opens the results page. */
export function SearchBox() {
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const box = useSearchCombobox('topbar', () => {
    setOpen(false);
    input.current?.blur();
  });
  const expanded = open && box.text.trim().length > 0;

  return (
    <div className="position-relative">
      <SearchIcon className="position-absolute top-50 translate-middle-y ms-2 text-body-secondary" />
      <Form.Control
        ref={input}
        size="sm"
        type="text"
        role="combobox"
        aria-label="Search every client"
        aria-autocomplete="list"
        aria-expanded={expanded && box.enough}
        aria-controls={expanded && box.enough ? LISTBOX_ID : undefined}
        aria-activedescendant={expanded ? box.activeId : undefined}
        placeholder={`Search (${paletteShortcutLabel()})`}
        autoComplete="off"
        spellCheck={false}
        className="ps-4"
        style={{ width: 'clamp(9rem, 14vw, 15rem)' }}
        value={box.text}
        onChange={(e) => {
          box.setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            // First Escape closes the results, the next one clears the text.
            if (expanded) setOpen(false);
            else box.reset();
            e.preventDefault();
            return;
          }
          if (!open) setOpen(true);
          box.onKeyDown(e);
        }}
      />
      {expanded && (
        <div
          className="position-absolute end-0 mt-1 bg-body text-body border rounded shadow overflow-y-auto"
          style={{ width: 'min(36rem, 92vw)', maxHeight: '70vh', zIndex: 1060 }}
        >
          <ResultsListbox id={LISTBOX_ID} box={box} />
        </div>
      )}
    </div>
  );
}
