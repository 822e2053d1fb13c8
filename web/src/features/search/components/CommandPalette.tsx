import { useEffect, useRef, useState } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Modal from 'react-bootstrap/Modal';
import { isPaletteChord, isPaletteSlash, paletteShortcutLabel } from '../shortcuts';
import { useSearchCombobox } from '../useSearchCombobox';
import { ResultsListbox } from './ResultsListbox';
import { SearchIcon } from './SearchIcon';

const LISTBOX_ID = 'palette-results';

/**
 * The command palette: Ctrl+K (Cmd+K) anywhere, or `/` outside a field, opens a search over every client; arrow keys
 * move through the results, Enter opens one, Escape closes and focus goes back where it was. `triggerClassName`
 * shows a search button (e.g. on phones, where the top bar's box is hidden).
 */
export function CommandPalette({ triggerClassName }: { triggerClassName?: string }) {
  const [show, setShow] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const box = useSearchCombobox('palette', () => setShow(false));

  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (!isPaletteChord(e) && !isPaletteSlash(e)) return;
      // Another dialog (a confirmation, the re-auth prompt) keeps the keyboard.
      if (document.body.classList.contains('modal-open')) {
        if (isPaletteChord(e)) e.preventDefault();
        return;
      }
      e.preventDefault();
      setShow(true);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const expanded = box.enough;
  return (
    <>
      {triggerClassName && (
        <Button variant="outline-light" size="sm" className={triggerClassName} onClick={() => setShow(true)} aria-label="Open search" aria-haspopup="dialog">
          <SearchIcon />
        </Button>
      )}
      <Modal
        show={show}
        onHide={() => setShow(false)}
        onEntered={() => input.current?.focus()}
        onExited={box.reset}
        aria-labelledby="palette-title"
        size="lg"
        fullscreen="sm-down"
        dialogClassName="mt-md-5"
      >
        <Modal.Header closeButton>
          <Modal.Title id="palette-title" as="h2" className="h5">
            Search every client
          </Modal.Title>
        </Modal.Header>
        <div className="p-3 border-bottom">
          <Form.Control
            ref={input}
            type="text"
            role="combobox"
            aria-label="Search"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={expanded ? LISTBOX_ID : undefined}
            aria-activedescendant={box.activeId}
            aria-describedby="palette-keys"
            placeholder="Clients, assets, credentials, IP addresses…"
            autoComplete="off"
            spellCheck={false}
            value={box.text}
            onChange={(e) => box.setText(e.target.value)}
            onKeyDown={(e) => box.onKeyDown(e)}
          />
        </div>
        <Modal.Body className="p-0 overflow-y-auto" style={{ maxHeight: '60vh' }} tabIndex={0} aria-label="Results">
          <ResultsListbox id={LISTBOX_ID} box={box} />
        </Modal.Body>
        <Modal.Footer id="palette-keys" className="small text-body-secondary justify-content-start py-2">
          <span>
            <kbd>↑</kbd> <kbd>↓</kbd> move
          </span>
          <span>
            <kbd>Enter</kbd> open
          </span>
          <span>
            <kbd>Esc</kbd> close
          </span>
          <span className="ms-auto d-none d-sm-inline">
            <kbd>{paletteShortcutLabel()}</kbd> or <kbd>/</kbd> opens this anywhere
          </span>
        </Modal.Footer>
      </Modal>
    </>
  );
}
