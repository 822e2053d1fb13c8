import Alert from 'react-bootstrap/Alert';

/** The dismissible success message of a page (see useFlash). */
export function FlashAlert({ message, onClose }: { message: string | null; onClose: () => void }) {
  if (!message) return null;
  return (
    <Alert variant="success" dismissible onClose={onClose}>
      {message}
    </Alert>
  );
}
