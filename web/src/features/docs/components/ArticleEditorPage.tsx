import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import { PageHeader } from '../../../components/PageHeader';
import { useOrg } from '../../../entities/org/useOrg';
import { errorMessage, hasStatus } from '../../../lib/problem';
import { docsKeys } from '../api/docsKeys';
import { getArticle } from '../api/useArticle';
import { useCreateArticle, useUpdateArticle } from '../api/useSaveArticle';
import { useMergeArticle } from '../api/useMergeArticle';
import { useBuiltInTemplates } from '../api/useTemplates';
import { articleFormValues, createArticleBody, emptyArticleForm, isDirty, mergeDetails, updateArticleBody, type ArticleFormValues } from '../articleForm';
import { articlePath, useDocsScope, type DocsScope } from '../docsScope';
import { hasConflictMarkers, mergedText, resolveConflict, unresolvedConflicts, type ConflictChoice, type MergeConflict } from '../merge';
import { savedMessage } from '../review';
import type { Article } from '../types';
import { useArticleCrumbs } from './ArticlePage';
import { ArticleForm } from './ArticleForm';
import { ArticleQuery } from './ArticleQuery';
import { ConflictPanel } from './ConflictPanel';
import { MergeConflicts, type TitleConflict } from './MergeConflicts';
import { TemplateChooser, parseTemplateChoice } from './TemplateChooser';
import { useUnsavedChangesGuard } from './UnsavedChangesGuard';

const noWrite = (scope: DocsScope) => `Writing articles needs the “docs.write” permission ${scope.where}.`;

/** `…/new` (DocsScope): a new article, blank or from a template, in the folder it was started from. */
export function ArticleCreatePage() {
  const scope = useDocsScope();
  const { orgId } = scope;
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const canWrite = scope.can('docs.write');
  const initial: ArticleFormValues = { ...emptyArticleForm, folderId: searchParams.get('folder') ?? '' };
  const [values, setValues] = useState(initial);
  const [template, setTemplate] = useState('');
  const [templateBody, setTemplateBody] = useState('');
  const [templateError, setTemplateError] = useState<string | null>(null);
  const [loadingTemplate, setLoadingTemplate] = useState(false);
  const builtIn = useBuiltInTemplates(orgId);
  const create = useCreateArticle();
  const crumbs = useArticleCrumbs(null);
  const guard = useUnsavedChangesGuard(canWrite && isDirty(initial, values));

  /** Fills the text from the template, unless the person already wrote their own (then it stays). */
  async function chooseTemplate(value: string) {
    setTemplate(value);
    setTemplateError(null);
    const choice = parseTemplateChoice(value);
    const untouched = values.body === '' || values.body === templateBody;
    if (!choice) {
      if (untouched) setValues((v) => ({ ...v, body: '' }));
      setTemplateBody('');
      return;
    }
    let filled: { title: string; body: string; tags: string[] } | undefined;
    if (choice.kind === 'builtin') {
      const t = builtIn.data?.items.find((i) => i.key === choice.key);
      if (t) filled = { title: t.title, body: t.body, tags: [] };
    } else {
      setLoadingTemplate(true);
      try {
        const a = await queryClient.fetchQuery({ queryKey: docsKeys.detail(orgId, choice.id), queryFn: ({ signal }) => getArticle(orgId, choice.id, signal) });
        filled = { title: a.title, body: a.body, tags: a.tags };
      } catch (e) {
        setTemplateError(`Could not load the template: ${errorMessage(e)}`);
      } finally {
        setLoadingTemplate(false);
      }
    }
    if (!filled) return;
    const { title, body, tags } = filled;
    setTemplateBody(body);
    setValues((v) => ({
      ...v,
      title: v.title.trim() ? v.title : title,
      body: untouched ? body : v.body,
      tags: v.tags.trim() || tags.length === 0 ? v.tags : tags.join(', '),
    }));
    if (!untouched) setTemplateError('Your own text was kept: clear the text box to start from the template instead.');
  }

  function submit() {
    const choice = parseTemplateChoice(template);
    const body = createArticleBody(values, choice?.kind === 'builtin' ? { key: choice.key } : choice?.kind === 'article' ? { articleId: choice.id } : {});
    create.mutate(
      { orgId, body },
      {
        onSuccess: (article) =>
          guard.leave(() => void navigate(articlePath(scope, article.id), { state: { flash: `Article “${article.title}” created.` } })),
      },
    );
  }

  return (
    <>
      <PageHeader crumbs={crumbs} title="New article" orgId={scope.tabsOrgId} />
      {!canWrite ? (
        <Alert variant="warning">{noWrite(scope)}</Alert>
      ) : (
        <ArticleForm
          orgId={orgId}
          values={values}
          onChange={setValues}
          submitLabel="Create article"
          submitting={create.isPending}
          error={create.error}
          before={
            <>
              <TemplateChooser orgId={orgId} value={template} onChange={(v) => void chooseTemplate(v)} busy={loadingTemplate} />
              {templateError && (
                <Alert variant="info" className="small py-2" dismissible onClose={() => setTemplateError(null)}>
                  {templateError}
                </Alert>
              )}
            </>
          }
          onSubmit={submit}
          cancelTo={scope.basePath}
        />
      )}
      {guard.dialog}
    </>
  );
}

/** `…/articles/:articleId/edit` (DocsScope) */
export function ArticleEditPage() {
  const { orgId } = useDocsScope();
  const { articleId = '' } = useParams();
  return (
    <ArticleQuery articleId={articleId}>
      {(data) => <ArticleEditor key={data.id} orgId={orgId} article={data} />}
    </ArticleQuery>
  );
}

function ArticleEditor({ orgId, article }: { orgId: string; article: Article }) {
  const navigate = useNavigate();
  const scope = useDocsScope();
  const canWrite = scope.can('docs.write');
  const canPublish = scope.can('docs.publish');
  // The MSP knowledge base has no organisation settings (GET /orgs/{id} answers 404 for it).
  const reviewRequired = useOrg(orgId, canWrite && scope.kind === 'org').data?.docsReviewRequired === true;
  const update = useUpdateArticle();
  const merge = useMergeArticle();
  // The version the edits started from: a refetch of the article (window focus) must not reset the editor.
  const [base, setBase] = useState(article);
  const [initial, setInitial] = useState(() => articleFormValues(article));
  const [values, setValues] = useState(initial);
  const [conflict, setConflict] = useState<Article | null>(null);
  const [merged, setMerged] = useState<{ revision: number; conflicts: MergeConflict[]; title: TitleConflict | null } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const guard = useUnsavedChangesGuard(isDirty(initial, values));
  const detail = articlePath(scope, article.id);
  const crumbs = useArticleCrumbs(article.folderId, { to: detail, label: article.title });
  const knownNames = Object.fromEntries(article.linkedItems.map((i) => [i.id, i.name]));
  const openConflicts = merged ? unresolvedConflicts(values.body, merged.conflicts) : [];
  const busy = update.isPending || refreshing || merge.isPending;

  function save(from: Article) {
    setNotice(null);
    if (merged && (openConflicts.length > 0 || hasConflictMarkers(values.body))) {
      setNotice('The text still has conflict markers: choose what to keep for each conflict (or remove the marker lines), then save.');
      return;
    }
    const changes = updateArticleBody(from, values);
    if (Object.keys(changes).length === 0) {
      setConflict(null);
      setNotice('Nothing to save: the article already reads like this.');
      return;
    }
    update.mutate(
      { orgId, articleId: from.id, etag: from.etag, changes },
      {
        onSuccess: (next) => guard.leave(() => void navigate(detail, { state: { flash: savedMessage(from, next) } })),
        onError: (error) => {
          if (!hasStatus(error, 412)) return;
          // Someone saved meanwhile: read what they saved, and keep this person's text until they choose.
          setRefreshing(true);
          getArticle(orgId, from.id)
            .then(setConflict)
            .catch(() => setNotice('Someone saved this article meanwhile, and it could not be read again: try saving once more.'))
            .finally(() => setRefreshing(false));
        },
      },
    );
  }

  async function keepMine() {
    // Re-read first: the etag may have moved again since the conflict was shown.
    setRefreshing(true);
    try {
      const latest = await getArticle(orgId, article.id);
      setConflict(latest);
      save(latest);
    } catch (e) {
      setNotice(`Could not read the article again: ${errorMessage(e)}`);
    } finally {
      setRefreshing(false);
    }
  }

  function reloadTheirs(theirs: Article) {
    const next = articleFormValues(theirs);
    setBase(theirs);
    setInitial(next);
    setValues(next);
    setConflict(null);
    setMerged(null);
    update.reset();
    setNotice(`Now editing revision ${theirs.revision}, as saved by the other person.`);
  }

  /** Both edits in the editor: the text merged on the server, the details from whichever side changed them. */
  async function mergeWithTheirs(current: Article) {
    setNotice(null);
    try {
      const result = await merge.mutateAsync({ orgId, articleId: article.id, body: { baseRevision: base.revision, title: values.title.trim(), body: values.body } });
      // Saved with the etag the merge was made against: if anyone saved since, the save answers 412 again.
      const theirs = current.etag === result.etag ? current : await getArticle(orgId, article.id);
      const { text, conflicts } = mergedText(result.parts, result.revision);
      const title = result.titleConflict ? { yours: values.title.trim(), theirs: result.theirTitle } : null;
      setValues({ ...mergeDetails(initial, values, articleFormValues(theirs)), title: title ? values.title : result.title, body: text, summary: values.summary });
      setBase({ ...theirs, etag: result.etag });
      setConflict(null);
      update.reset();
      setMerged({ revision: result.revision, conflicts, title });
      setNotice(
        result.clean && !title
          ? `Merged: your changes and revision ${result.revision} are combined below. Nothing is saved yet: check the text, then save.`
          : `Merged with revision ${result.revision}, with conflicts to resolve: they are listed above the editor and marked in the text.`,
      );
    } catch (e) {
      setNotice(`Could not merge: ${errorMessage(e)}`);
    }
  }

  function resolve(item: MergeConflict, choice: ConflictChoice) {
    setValues((v) => ({ ...v, body: resolveConflict(v.body, item, choice) }));
  }

  function chooseTitle(title: string | null) {
    if (title !== null) setValues((v) => ({ ...v, title }));
    setMerged((m) => (m ? { ...m, title: null } : m));
  }

  if (!canWrite) {
    return (
      <>
        <PageHeader crumbs={crumbs} title={`Edit ${article.title}`} orgId={scope.tabsOrgId} />
        <Alert variant="warning">{noWrite(scope)}</Alert>
      </>
    );
  }
  return (
    <>
      <PageHeader crumbs={crumbs} title={`Edit ${article.title}`} orgId={scope.tabsOrgId}
        subtitle={merged ? `Merging your edit with revision ${merged.revision}` : `Editing revision ${base.revision}`} />
      {reviewRequired && !canPublish && (
        <Alert variant="info" className="small py-2">
          Changes to this article’s title or text are reviewed: saving makes a draft, and readers see revision {base.revision} until someone who may
          publish approves it.
        </Alert>
      )}
      {notice && (
        <Alert variant="info" dismissible onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      <ArticleForm
        orgId={orgId}
        articleId={article.id}
        values={values}
        onChange={setValues}
        knownNames={knownNames}
        submitLabel="Save changes"
        submitting={busy}
        error={hasStatus(update.error, 412) ? undefined : update.error}
        alert={
          conflict ? (
            <ConflictPanel orgId={orgId} from={base.revision} current={conflict} pending={busy} merging={merge.isPending}
              onReloadTheirs={() => reloadTheirs(conflict)} onKeepMine={() => void keepMine()} onMerge={() => void mergeWithTheirs(conflict)} />
          ) : undefined
        }
        before={
          merged && (
            <MergeConflicts revision={merged.revision} conflicts={openConflicts} all={merged.conflicts} onResolve={resolve} title={merged.title} onTitle={chooseTitle} />
          )
        }
        onSubmit={() => save(conflict ?? base)}
        cancelTo={detail}
      />
      {guard.dialog}
    </>
  );
}
