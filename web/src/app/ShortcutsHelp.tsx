import { useEffect, useState } from 'react';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import { isTypingTarget, paletteShortcutLabel } from '../features/search/shortcuts';
import { KeyboardIcon } from './ShellIcons';

/** `?` on its own, outside a field, with no other dialog open. */
export function isHelpKey(e: KeyboardEvent): boolean {
  return e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTypingTarget(e.target) && !document.body.classList.contains('modal-open');
}

/** What really works, everywhere in the app; kept beside the dialog so it is one list to update. */
export function shortcutList(): { keys: string[]; what: string }[] {
  return [
    { keys: [paletteShortcutLabel()], what: 'Search every client (also while typing in a field)' },
    { keys: ['/'], what: 'Search every client' },
    { keys: ['?'], what: 'Show these keyboard shortcuts' },
    { keys: ['↑', '↓'], what: 'In search results: move through the results' },
    { keys: ['Enter'], what: 'In search results: open the selected result' },
    { keys: ['Esc'], what: 'Close a dialog or menu' },
    { keys: ['Tab'], what: 'From the top of a page: “Skip to content” jumps past the top bar' },
  ];
}

/**
 * The keyboard shortcuts dialog: `?` outside a field opens it, and so does the top bar's keyboard button. Bootstrap's
 * modal keeps the focus inside it and Escape closes it, returning focus where it was.
 */
export function ShortcutsHelp() {
  const [show, setShow] = useState(false);

  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (!isHelpKey(e)) return;
      e.preventDefault();
      setShow(true);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <Button variant="outline-light" size="sm" onClick={() => setShow(true)} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" aria-haspopup="dialog">
        <KeyboardIcon />
      </Button>
      <Modal show={show} onHide={() => setShow(false)} aria-labelledby="shortcuts-title">
        <Modal.Header closeButton>
          <Modal.Title id="shortcuts-title" as="h2" className="h5">
            Keyboard shortcuts
          </Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <p className="text-body-secondary small">Single-key shortcuts do nothing while you type in a field.</p>
          <dl className="mb-0">
            {shortcutList().map((s) => (
              <div key={s.what} className="d-flex gap-3 py-1 border-bottom">
                <dt className="fw-normal text-nowrap" style={{ minWidth: '6.5rem' }}>
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && ' '}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </dt>
                <dd className="mb-0">{s.what}</dd>
              </div>
            ))}
          </dl>
        </Modal.Body>
        <Modal.Footer>
          <Button variant="secondary" onClick={() => setShow(false)}>
            Close
          </Button>
        </Modal.Footer>
      </Modal>
    </>
  );
}
