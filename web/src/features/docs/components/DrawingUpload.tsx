import { useEffect, useRef, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import ProgressBar from 'react-bootstrap/ProgressBar';
import { useQueryClient } from '@tanstack/react-query';
import { DropZone } from '../../../entities/attachment/AttachmentsPanel';
import { UploadCancelled, type Upload } from '../../../entities/attachment/uploadAttachment';
import { uploadErrorMessage } from '../../../entities/attachment/uploadErrors';
import { floorPlanKeys, refreshFloorPlanViews } from '../../../entities/floorPlan/floorPlanKeys';
import type { FloorPlan } from '../../../entities/floorPlan/types';
import { uploadDrawing } from '../api/useFloorPlanWrites';

const ACCEPT = '.png,.jpg,.jpeg,.gif,.webp,.svg,.pdf,.xml,.zip';

/**
 * The drawing of a plan: dropped or chosen, sent with progress (and cancel), refusals said plainly. A MagicPlan export
 * of several floors takes the floor to show. A new drawing keeps the pins.
 */
export function DrawingUpload({ orgId, plan, onDone }: { orgId: string; plan: FloorPlan; onDone: (plan: FloorPlan) => void }) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<{ fileName: string; loaded: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [floor, setFloor] = useState('');
  const current = useRef<Upload<FloorPlan> | null>(null);
  useEffect(() => () => current.current?.cancel(), []);

  function start(files: File[]) {
    const file = files[0];
    if (!file) return;
    setError(null);
    setProgress({ fileName: file.name, loaded: 0, total: file.size });
    const upload = uploadDrawing(orgId, plan, file, ({ loaded, total }) => setProgress({ fileName: file.name, loaded, total }), Number(floor) || undefined);
    current.current = upload;
    upload.done.then(
      async (saved) => {
        current.current = null;
        setProgress(null);
        queryClient.setQueryData(floorPlanKeys.detail(orgId, saved.id), saved);
        await refreshFloorPlanViews(queryClient, orgId, saved.id);
        onDone(saved);
      },
      (e: unknown) => {
        current.current = null;
        setProgress(null);
        if (!(e instanceof UploadCancelled)) setError(uploadErrorMessage(e));
      },
    );
  }

  const percent = progress && progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0;
  return (
    <section aria-labelledby="drawing-upload" className="border rounded p-3 mb-3">
      <h2 id="drawing-upload" className="h6">
        {plan.drawing ? 'Replace the drawing' : 'Upload the drawing'}
      </h2>
      <p className="small text-body-secondary">
        An image (PNG, JPEG, WebP, GIF), an SVG, a PDF (its first page is shown) or a MagicPlan export (.xml or .zip: its rooms are read and the floor is
        drawn).{plan.pins.length > 0 && ' The pins stay where they are.'}
      </p>
      {error && (
        <Alert variant="danger" dismissible onClose={() => setError(null)} className="small">
          {error}
        </Alert>
      )}
      {progress ? (
        <div className="mb-2">
          <div className="d-flex justify-content-between small mb-1">
            <span className="text-break">Uploading {progress.fileName}…</span>
            <Button variant="link" size="sm" className="p-0" onClick={() => current.current?.cancel()}>
              Cancel
            </Button>
          </div>
          <ProgressBar now={percent} label={`${percent}%`} visuallyHidden aria-label={`Upload of ${progress.fileName}`} />
        </div>
      ) : (
        <DropZone single accept={ACCEPT} onFiles={start} hint="One file; the server checks it before it is stored and drawn." />
      )}
      <Form.Group controlId="drawing-floor" className="mb-0" style={{ maxWidth: '16rem' }}>
        <Form.Label className="small mb-1">MagicPlan floor (optional)</Form.Label>
        <Form.Control size="sm" type="number" min={1} max={100} placeholder="1 = the first floor" value={floor} onChange={(e) => setFloor(e.target.value)} />
      </Form.Group>
    </section>
  );
}
