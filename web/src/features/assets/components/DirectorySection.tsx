import type { ReactNode } from 'react';
import Button from 'react-bootstrap/Button';
import { FlashAlert } from '../../../components/FlashAlert';

export interface DirectorySectionProps {
  /** The heading's id, naming the section. */
  id: string;
  title: string;
  /** The "New …" button; hidden while a form is open or without assets.write. */
  newLabel: string;
  canCreate: boolean;
  onNew: () => void;
  flash: string | null;
  onFlashClose: () => void;
  children: ReactNode;
}

/** One part of the asset directory: its heading with a "New" button, its success message, then its content. */
export function DirectorySection({ id, title, newLabel, canCreate, onNew, flash, onFlashClose, children }: DirectorySectionProps) {
  return (
    <section aria-labelledby={id}>
      <div className="d-flex align-items-center justify-content-between mb-2">
        <h2 id={id} className="h5 mb-0">
          {title}
        </h2>
        {canCreate && (
          <Button
            size="sm"
            onClick={() => {
              onFlashClose();
              onNew();
            }}
          >
            {newLabel}
          </Button>
        )}
      </div>
      <FlashAlert message={flash} onClose={onFlashClose} />
      {children}
    </section>
  );
}
