import type { Article } from './types';

type PendingRevision = Article['pendingRevisions'][number];

/** The draft a save made, when it made one (the organisation requires review and the author may not publish). */
export function newDraft(before: Article, after: Article): PendingRevision | undefined {
  if (after.revision !== before.revision) return undefined;
  return after.pendingRevisions.find((r) => !before.pendingRevisions.some((p) => p.number === r.number));
}

/** What the editor says after a save: a new published revision, a draft waiting for review, or details saved. */
export function savedMessage(before: Article, after: Article): string {
  const draft = newDraft(before, after);
  if (draft) return `Saved as a draft for review (revision ${draft.number}): readers see revision ${after.revision} until someone who may publish approves it.`;
  return after.revision !== before.revision ? `Saved as revision ${after.revision}.` : 'Changes saved.';
}

/** The review page of a draft, under the knowledge base's `basePath` (DocsScope). */
export const reviewPath = (basePath: string, articleId: string, number: number) => `${basePath}/articles/${articleId}/review/${number}`;

/** A revision's review state in a few words, for badges: null for a published one. */
export function revisionStatusLabel(status: string): { label: string; bg: string; text?: 'dark' } | null {
  if (status === 'pending') return { label: 'Awaiting review', bg: 'warning', text: 'dark' };
  if (status === 'rejected') return { label: 'Rejected', bg: 'danger' };
  return null;
}
