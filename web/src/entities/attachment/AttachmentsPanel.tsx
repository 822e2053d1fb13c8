import { useId, useRef, useState, type DragEvent } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import { useCan } from '../../auth/permissions';
import { ConfirmAction } from '../../components/ConfirmDialog';
import { ErrorAlert, QueryError } from '../../components/ErrorAlert';
import { FlashAlert } from '../../components/FlashAlert';
import { EmptyState, Loading } from '../../components/Loading';
import { RelativeTime } from '../../components/RelativeTime';
import { formatBytes } from '../../lib/bytes';
import { hasProblemType } from '../../lib/problem';
import { useMediaQuery } from '../../lib/useMediaQuery';
import { BlobImage } from './BlobImage';
import { useDownloadAttachment } from './downloadAttachment';
import { FileKindIcon, fileKind } from './fileKinds';
import { attachmentPermissions, type Attachment, type AttachmentParent } from './types';
import { useAttachments } from './useAttachments';
import { useDeleteAttachment } from './useDeleteAttachment';
import { useThumbnail } from './useThumbnail';
import { useUploads, type UploadItem } from './useUploads';

export interface AttachmentsPanelProps {
  parent: AttachmentParent;
  /** "article", "asset", "credential": for "No files are attached to this asset yet." */
  noun?: string;
  /**
   * The caller's permissions where the parent lives, when not the organisation's from /me: the MSP knowledge base's
   * articles pass their DocsScope's (the knowledge base is in no list of the caller's organisations).
   */
  can?: (permission: string) => boolean;
}

/**
 * The files attached to an article, asset or credential: the list (thumbnails for images), downloads, and — with the
 * parent's write permission — uploads by drag and drop or the file picker, with progress and cancel, and deletion.
 * A credential's files download only with vault.reveal, after the vault's re-authentication.
 */
export function AttachmentsPanel({ parent, noun = parent.type, can }: AttachmentsPanelProps) {
  const headingId = useId();
  const rules = attachmentPermissions[parent.type];
  const orgCanWrite = useCan(parent.orgId, rules.write);
  const orgHoldsDownload = useCan(parent.orgId, rules.download ?? '');
  const canWrite = can ? can(rules.write) : orgCanWrite;
  const holdsDownload = can ? rules.download !== null && can(rules.download) : orgHoldsDownload;
  const canDownload = rules.download === null || holdsDownload;
  const uploads = useUploads(parent);
  // Its own message: the page's flash (useFlash) comes from the navigation and is shown by the page.
  const [flash, setFlash] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Attachment | null>(null);
  const remove = useDeleteAttachment();

  return (
    <section aria-labelledby={headingId} className="mb-4">
      <h2 id={headingId} className="h5">
        Files
      </h2>
      <FlashAlert message={flash} onClose={() => setFlash(null)} />
      {canWrite && <DropZone onFiles={uploads.start} />}
      {uploads.items.length > 0 && (
        <UploadList items={uploads.items} onCancel={uploads.cancel} onDismiss={uploads.dismiss} onClearFinished={uploads.clearFinished} />
      )}
      <AttachmentList parent={parent} noun={noun} canWrite={canWrite} canDownload={canDownload} onDelete={setDeleting} />
      <ConfirmAction
        item={deleting}
        mutation={remove}
        variables={(attachment) => ({ parent, attachment })}
        title="Delete file"
        confirmLabel="Delete file"
        conflict="This file was changed by someone else, so it was not deleted. Close this dialog to load the latest list before deleting it."
        onDone={(attachment) => setFlash(`File “${attachment.fileName}” deleted.`)}
        onClose={() => setDeleting(null)}
      >
        {(attachment) => (
          <>
            Delete <strong className="text-break">{attachment.fileName}</strong>? This cannot be undone.
          </>
        )}
      </ConfirmAction>
    </section>
  );
}

export interface DropZoneProps {
  onFiles: (files: File[]) => void;
  /** One file (a floor plan drawing) instead of several. */
  single?: boolean;
  /** The picker's file types (`accept`). */
  accept?: string;
  /** What the hint under the button says (for screen readers). */
  hint?: string;
  disabled?: boolean;
}

/** Files dropped on it or chosen with the picker; on a phone only the button (nothing is dragged there). */
export function DropZone({ onFiles, single = false, accept, hint, disabled = false }: DropZoneProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const narrow = useMediaQuery('(max-width: 575.98px)');
  const hintId = useId();

  const take = (list: FileList | null | undefined) => {
    const files = list ? Array.from(list) : [];
    if (files.length > 0) onFiles(files);
  };
  const dragging = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const choose = (
    <Button variant="outline-primary" className={narrow ? 'w-100' : undefined} aria-describedby={hintId} onClick={() => input.current?.click()} disabled={disabled}>
      <FileKindIcon kind="file" className="me-2" />
      {single ? 'Choose file…' : narrow ? 'Attach files…' : 'Choose files…'}
    </Button>
  );

  return (
    <div className="mb-3">
      {/* The picker itself stays out of the tab order: the button above opens it. */}
      <input
        ref={input}
        type="file"
        multiple={!single}
        accept={accept}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={single ? 'File to upload' : 'Files to attach'}
        onChange={(e) => {
          take(e.target.files);
          e.target.value = '';
        }}
      />
      {narrow ? (
        choose
      ) : (
        <div
          className={`rounded p-3 text-center ${over ? 'bg-primary-subtle' : ''}`}
          // Not Bootstrap's .border: its !important shorthand would undo the dashes.
          style={{ border: `2px dashed var(${over ? '--bs-primary' : '--bs-border-color'})` }}
          onDragEnter={dragging}
          onDragOver={dragging}
          onDragLeave={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
          }}
          onDrop={(e) => {
            e.preventDefault();
            setOver(false);
            if (!disabled) take(e.dataTransfer.files);
          }}
        >
          <p className="mb-2 text-body-secondary">{over ? (single ? 'Drop the file to upload it' : 'Drop the files to upload them') : single ? 'Drag a file here, or' : 'Drag files here, or'}</p>
          {choose}
        </div>
      )}
      <p id={hintId} className="visually-hidden">
        {hint ?? 'Several files can be chosen at once; each is checked by the server before it is stored.'}
      </p>
    </div>
  );
}

const statusText: Record<UploadItem['status'], string> = {
  uploading: 'Uploading',
  done: 'Uploaded',
  failed: 'Refused',
  cancelled: 'Cancelled',
};

function UploadList({
  items,
  onCancel,
  onDismiss,
  onClearFinished,
}: {
  items: UploadItem[];
  onCancel: (key: string) => void;
  onDismiss: (key: string) => void;
  onClearFinished: () => void;
}) {
  const finished = items.some((item) => item.status !== 'uploading');
  return (
    <div className="mb-3">
      <ul className="list-group mb-2" aria-label="Uploads">
        {items.map((item) => {
          const percent = item.total > 0 ? Math.min(100, Math.round((item.loaded / item.total) * 100)) : item.status === 'done' ? 100 : 0;
          return (
            <li key={item.key} className="list-group-item">
              <div className="d-flex align-items-center gap-2 mb-1">
                <span className="fw-semibold text-break flex-grow-1" style={{ minWidth: 0 }}>
                  {item.fileName}
                </span>
                <span className="small text-body-secondary text-nowrap">
                  {item.status === 'uploading' ? `${percent}%` : statusText[item.status]}
                </span>
                {item.status === 'uploading' ? (
                  <Button variant="outline-secondary" size="sm" aria-label={`Cancel uploading ${item.fileName}`} onClick={() => onCancel(item.key)}>
                    Cancel
                  </Button>
                ) : (
                  <Button variant="link" size="sm" className="p-0 text-body-secondary" aria-label={`Dismiss ${item.fileName}`} onClick={() => onDismiss(item.key)}>
                    <span aria-hidden="true">×</span>
                  </Button>
                )}
              </div>
              {item.status === 'failed' ? (
                <div className="small text-danger-emphasis" role="alert">
                  {item.error}
                </div>
              ) : (
                item.status !== 'cancelled' && (
                  <div
                    className="progress"
                    role="progressbar"
                    aria-label={`${statusText[item.status]} ${item.fileName}`}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuenow={percent}
                    style={{ height: '0.375rem' }}
                  >
                    <div className={`progress-bar ${item.status === 'done' ? 'bg-success' : ''}`} style={{ width: `${percent}%` }} />
                  </div>
                )
              )}
            </li>
          );
        })}
      </ul>
      {finished && (
        <Button variant="link" size="sm" className="p-0" onClick={onClearFinished}>
          Clear finished uploads
        </Button>
      )}
    </div>
  );
}

interface ListProps {
  parent: AttachmentParent;
  noun: string;
  canWrite: boolean;
  canDownload: boolean;
  onDelete: (attachment: Attachment) => void;
}

function AttachmentList({ parent, noun, canWrite, canDownload, onDelete }: ListProps) {
  const query = useAttachments(parent);
  const download = useDownloadAttachment();

  if (query.isPending) return <Loading label="Loading the files…" />;
  if (query.isError) return <QueryError error={query.error} what="the files" onRetry={() => void query.refetch()} />;
  const items = query.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <EmptyState compact>No files are attached to this {noun} yet.</EmptyState>;

  const missing = canDownload ? null : attachmentPermissions[parent.type].download;
  return (
    <>
      {missing && <p className="small text-body-secondary">Downloading a credential’s files needs the “{missing}” permission.</p>}
      {hasProblemType(download.error, 'reauth-required') ? (
        <Alert variant="warning" dismissible onClose={() => download.reset()}>
          Not downloaded: your password was not confirmed.
        </Alert>
      ) : (
        <ErrorAlert error={download.error} onClose={() => download.reset()} />
      )}
      <ul className="list-group" aria-label="Attached files">
        {items.map((attachment) => (
          <AttachmentRow
            key={attachment.id}
            parent={parent}
            attachment={attachment}
            canWrite={canWrite}
            canDownload={canDownload}
            downloading={download.isPending && download.variables.attachment.id === attachment.id}
            onDownload={() => download.mutate({ parent, attachment })}
            onDelete={() => onDelete(attachment)}
          />
        ))}
      </ul>
      {query.hasNextPage && (
        <Button variant="outline-secondary" size="sm" className="mt-2" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          {query.isFetchingNextPage ? 'Loading…' : 'Show more files'}
        </Button>
      )}
    </>
  );
}

interface RowProps {
  parent: AttachmentParent;
  attachment: Attachment;
  canWrite: boolean;
  canDownload: boolean;
  downloading: boolean;
  onDownload: () => void;
  onDelete: () => void;
}

const THUMB = 48;

function AttachmentRow({ parent, attachment: a, canWrite, canDownload, downloading, onDownload, onDelete }: RowProps) {
  const { label, kind } = fileKind(a.contentType, a.fileName);
  // Only where downloading needs no re-authentication: opening a page must not ask for a password.
  const thumbnail = useThumbnail(parent, a, parent.type !== 'credential');
  const dimensions = a.width && a.height ? `${a.width}×${a.height}` : null;

  return (
    <li className="list-group-item d-flex align-items-center gap-3">
      <div
        className="flex-shrink-0 d-flex align-items-center justify-content-center rounded bg-body-tertiary text-body-secondary overflow-hidden"
        style={{ width: THUMB, height: THUMB }}
      >
        {thumbnail ? (
          <BlobImage blob={thumbnail} alt={`Preview of ${a.fileName}`} width={THUMB} height={THUMB} style={{ objectFit: 'cover' }} />
        ) : (
          <FileKindIcon kind={kind} size={24} />
        )}
      </div>
      <div className="flex-grow-1" style={{ minWidth: 0 }}>
        <div className="fw-semibold text-break">{a.fileName}</div>
        <div className="small text-body-secondary">
          {label} · {formatBytes(a.size)}
          {dimensions && <> · {dimensions}</>}
        </div>
        <div className="small text-body-secondary">
          {a.uploadedByName || 'Unknown'} · <RelativeTime value={a.createdAt} />
        </div>
      </div>
      <div className="d-flex flex-column flex-sm-row gap-1 flex-shrink-0">
        {canDownload && (
          <Button variant="outline-primary" size="sm" disabled={downloading} aria-label={`Download ${a.fileName}`} onClick={onDownload}>
            {downloading ? 'Downloading…' : 'Download'}
          </Button>
        )}
        {canWrite && (
          <Button variant="outline-danger" size="sm" aria-label={`Delete ${a.fileName}`} onClick={onDelete}>
            Delete…
          </Button>
        )}
      </div>
    </li>
  );
}
