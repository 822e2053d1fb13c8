import { useState, type FormEvent } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Modal from 'react-bootstrap/Modal';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SelectField, SubmitButton } from '../../../components/FormFields';
import { useDocFolders } from '../api/useDocFolders';
import { useUpdateArticle } from '../api/useSaveArticle';
import { folderOptions } from '../folderTree';
import type { Article } from '../types';

export interface MoveArticleDialogProps {
  orgId: string;
  article: Article;
  onClose: () => void;
  /** After the move, with the folder's path ("Network / Firewalls") or null for unfiled. */
  onMoved: (folderLabel: string | null) => void;
}

/** Moves an article to another folder (or out of every folder), with its etag; its text and revisions stay. */
export function MoveArticleDialog({ orgId, article, onClose, onMoved }: MoveArticleDialogProps) {
  const folders = useDocFolders(orgId);
  const options = folderOptions(folders.data ?? []);
  const [folderId, setFolderId] = useState(article.folderId ?? '');
  const move = useUpdateArticle();
  const unchanged = folderId === (article.folderId ?? '');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (unchanged) return;
    const changes = folderId ? { folderId } : { clearFolder: true };
    move.mutate({ orgId, articleId: article.id, etag: article.etag, changes }, { onSuccess: () => onMoved(options.find((o) => o.value === folderId)?.label ?? null) });
  }

  return (
    <Modal show onHide={onClose} aria-labelledby="move-article-title">
      <Form noValidate onSubmit={submit} aria-label="Move article">
        <Modal.Header closeButton>
          <Modal.Title id="move-article-title">Move article</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <ErrorAlert error={move.error} conflict="Someone changed this article since the page loaded, so it was not moved. Close this dialog, then try again." />
          <SelectField id="move-article-folder" label={`Move “${article.title}” to`} value={folderId} onChange={(e) => setFolderId(e.target.value)} options={options}
            disabled={folders.isPending}>
            <option value="">No folder (unfiled)</option>
          </SelectField>
        </Modal.Body>
        <Modal.Footer>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <SubmitButton pending={move.isPending} disabled={move.isPending || unchanged}>
            Move
          </SubmitButton>
        </Modal.Footer>
      </Form>
    </Modal>
  );
}
