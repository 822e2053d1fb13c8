import type { FormEvent, ReactNode } from 'react';
import { Link } from 'react-router';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import { FormAlert, SelectField, SubmitButton, TextField } from '../../../components/FormFields';
import { AssetMultiSelect } from '../../../entities/asset/AssetMultiSelect';
import { fieldMessage, formErrorsOf } from '../../../lib/problem';
import { useDocFolders } from '../api/useDocFolders';
import type { ArticleFormValues } from '../articleForm';
import { useDocsScope } from '../docsScope';
import { folderOptions } from '../folderTree';
import { articleFormFields, type ArticleFormField } from '../types';
import { ContactLinks, CredentialLinks } from './LinkedRecordsField';
import { MarkdownEditor } from './MarkdownEditor';

export interface ArticleFormProps {
  orgId: string;
  articleId?: string;
  values: ArticleFormValues;
  onChange: (values: ArticleFormValues) => void;
  /** Names of the records already linked (the article's linked items), by id. */
  knownNames?: Readonly<Record<string, string>>;
  submitLabel: string;
  submitting: boolean;
  error?: unknown;
  /** Replaces the generic alert of form-level errors (the "someone saved meanwhile" panel). */
  alert?: ReactNode;
  /** Above the title: the template chooser of a new article. */
  before?: ReactNode;
  onSubmit: () => void;
  /** Where Cancel goes. */
  cancelTo: string;
}

/** The article editor's fields: title, folder, tags, the Markdown with its preview, the change summary and the links. */
export function ArticleForm({ orgId, articleId, values, onChange, knownNames = {}, submitLabel, submitting, error, alert, before, onSubmit, cancelTo }: ArticleFormProps) {
  const errors = formErrorsOf(error, articleFormFields);
  const fieldError = (field: ArticleFormField) => fieldMessage(errors, field);
  const set = <K extends keyof ArticleFormValues>(key: K, value: ArticleFormValues[K]) => onChange({ ...values, [key]: value });
  const folders = useDocFolders(orgId);
  // The MSP knowledge base holds no assets, credentials or contacts: its permissions there are docs.* only.
  const { can } = useDocsScope();
  const canAssets = can('assets.read');
  const canVault = can('vault.read');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <Form noValidate onSubmit={submit} aria-label="Article">
      {alert ?? <FormAlert errors={errors} />}
      {before}
      <fieldset disabled={submitting}>
        <TextField id="article-title" className="mb-3" label="Title" maxLength={300} value={values.title} onChange={(e) => set('title', e.target.value)} error={fieldError('title')} />
        <Row className="g-3 mb-3">
          <Col md={6}>
            <SelectField id="article-folder" label="Folder" value={values.folderId} onChange={(e) => set('folderId', e.target.value)} options={folderOptions(folders.data ?? [])}
              error={fieldError('folderId')}>
              <option value="">No folder (unfiled)</option>
            </SelectField>
          </Col>
          <Col md={6}>
            <TextField id="article-tags" label="Tags" help="Separate tags with commas, e.g. “network, runbook”." value={values.tags} onChange={(e) => set('tags', e.target.value)}
              error={fieldError('tags')} />
          </Col>
        </Row>
        <MarkdownEditor orgId={orgId} articleId={articleId} value={values.body} onChange={(body) => set('body', body)} error={fieldError('body')} />
        <TextField id="article-summary" className="mb-4" label="Change summary" maxLength={500} placeholder="What you changed, for the history (optional)"
          value={values.summary} onChange={(e) => set('summary', e.target.value)} error={fieldError('summary')} />

        {(canAssets || canVault) && (
          <>
            <h2 className="h5">Linked items</h2>
            <p className="small text-body-secondary">What the article is about: it is listed beside them, and they beside it.</p>
            <Row className="g-3">
              {canAssets && (
                <Col lg={4}>
                  <AssetMultiSelect orgId={orgId} id="article-assets" label="Assets" value={values.assetIds} onChange={(ids) => set('assetIds', ids)} error={fieldError('assetIds')} />
                </Col>
              )}
              {canVault && (
                <Col lg={4}>
                  <CredentialLinks orgId={orgId} value={values.credentialIds} knownNames={knownNames} onChange={(ids) => set('credentialIds', ids)} error={fieldError('credentialIds')} />
                </Col>
              )}
              {canAssets && (
                <Col lg={4}>
                  <ContactLinks orgId={orgId} value={values.contactIds} knownNames={knownNames} onChange={(ids) => set('contactIds', ids)} error={fieldError('contactIds')} />
                </Col>
              )}
            </Row>
          </>
        )}

        <Form.Check id="article-is-template" className="mb-4" checked={values.isTemplate} onChange={(e) => set('isTemplate', e.target.checked)}
          label="Save as template (offered when someone creates a new article)" />
        <div className="d-flex flex-wrap gap-2 border-top pt-3">
          <SubmitButton pending={submitting}>{submitLabel}</SubmitButton>
          <Link to={cancelTo} className="btn btn-outline-secondary">
            Cancel
          </Link>
        </div>
      </fieldset>
    </Form>
  );
}
