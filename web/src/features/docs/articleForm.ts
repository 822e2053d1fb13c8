import type { Article, CreateArticleBody, UpdateArticleBody } from './types';

/** What the editor holds. */
export interface ArticleFormValues {
  title: string;
  body: string;
  summary: string;
  folderId: string;
  /** As typed: comma-separated. */
  tags: string;
  assetIds: string[];
  credentialIds: string[];
  contactIds: string[];
  isTemplate: boolean;
}

export const emptyArticleForm: ArticleFormValues = {
  title: '',
  body: '',
  summary: '',
  folderId: '',
  tags: '',
  assetIds: [],
  credentialIds: [],
  contactIds: [],
  isTemplate: false,
};

export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim();
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
  }
  return tags;
}

export function articleFormValues(article: Article): ArticleFormValues {
  return {
    title: article.title,
    body: article.body,
    summary: '',
    folderId: article.folderId ?? '',
    tags: article.tags.join(', '),
    assetIds: [...article.assetIds],
    credentialIds: [...article.credentialIds],
    contactIds: [...article.contactIds],
    isTemplate: article.isTemplate,
  };
}

export function createArticleBody(values: ArticleFormValues, template: { key?: string; articleId?: string } = {}): CreateArticleBody {
  return {
    title: values.title.trim(),
    body: values.body,
    ...(values.summary.trim() ? { summary: values.summary.trim() } : {}),
    ...(values.folderId ? { folderId: values.folderId } : {}),
    tags: parseTags(values.tags),
    assetIds: values.assetIds,
    credentialIds: values.credentialIds,
    contactIds: values.contactIds,
    isTemplate: values.isTemplate,
    ...(template.key ? { template: template.key } : template.articleId ? { templateArticleId: template.articleId } : {}),
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Only what changed since `article` was read (a changed title or body makes a revision, with the summary). */
export function updateArticleBody(article: Article, values: ArticleFormValues): UpdateArticleBody {
  const changes: UpdateArticleBody = {};
  if (values.title.trim() !== article.title) changes.title = values.title.trim();
  if (values.body !== article.body) changes.body = values.body;
  if ((changes.title !== undefined || changes.body !== undefined) && values.summary.trim()) changes.summary = values.summary.trim();
  if (values.folderId !== (article.folderId ?? '')) {
    if (values.folderId) changes.folderId = values.folderId;
    else changes.clearFolder = true;
  }
  const tags = parseTags(values.tags);
  if (!sameSet(tags.map((t) => t.toLowerCase()), article.tags.map((t) => t.toLowerCase()))) changes.tags = tags;
  if (!sameSet(values.assetIds, article.assetIds)) changes.assetIds = values.assetIds;
  if (!sameSet(values.credentialIds, article.credentialIds)) changes.credentialIds = values.credentialIds;
  if (!sameSet(values.contactIds, article.contactIds)) changes.contactIds = values.contactIds;
  if (values.isTemplate !== article.isTemplate) changes.isTemplate = values.isTemplate;
  return changes;
}

/** Whether the editor holds anything not saved: what leaving the page would lose. */
export function isDirty(initial: ArticleFormValues, values: ArticleFormValues): boolean {
  return (Object.keys(initial) as (keyof ArticleFormValues)[]).some((key) => {
    const a = initial[key];
    const b = values[key];
    return Array.isArray(a) && Array.isArray(b) ? !sameSet(a, b) : a !== b;
  });
}

/** The fields a merge takes from whichever side changed them: everything but the text and the change summary. */
const detailFields = ['folderId', 'tags', 'assetIds', 'credentialIds', 'contactIds', 'isTemplate'] as const;

const sameValue = (a: ArticleFormValues[keyof ArticleFormValues], b: ArticleFormValues[keyof ArticleFormValues]) =>
  Array.isArray(a) && Array.isArray(b) ? sameSet(a, b) : a === b;

/**
 * After a merge: the article's details (folder, tags, links, template) as the person set them where they changed
 * them since `initial`, else as the other person saved them — so taking the merged text never undoes their details.
 */
export function mergeDetails(initial: ArticleFormValues, mine: ArticleFormValues, theirs: ArticleFormValues): ArticleFormValues {
  const merged = { ...mine };
  for (const key of detailFields) {
    if (sameValue(mine[key], initial[key])) Object.assign(merged, { [key]: theirs[key] });
  }
  return merged;
}
