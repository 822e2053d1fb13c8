import { describe, expect, it } from 'vitest';
import { mergeDetails, type ArticleFormValues } from './articleForm';
import { newDraft, revisionStatusLabel, savedMessage } from './review';
import type { Article } from './types';

const draft = (number: number) => ({
  number,
  title: 'T',
  summary: null,
  restoredFrom: null,
  status: 'pending',
  baseRevision: 2,
  reviewedByName: null,
  reviewComment: null,
  reviewedAt: null,
  authorId: 'u1',
  authorName: 'Tess',
  createdAt: '2026-12-01T10:00:00Z',
});
const article = { revision: 2, pendingRevisions: [draft(3)] } as unknown as Article;

describe('savedMessage', () => {
  it('says a save became a draft for review when the published revision stayed and a new draft appeared', () => {
    const after = { ...article, pendingRevisions: [draft(3), draft(4)] };
    expect(newDraft(article, after)?.number).toBe(4);
    expect(savedMessage(article, after)).toBe('Saved as a draft for review (revision 4): readers see revision 2 until someone who may publish approves it.');
  });

  it('says a published save by its revision, and a save of details only as saved', () => {
    expect(savedMessage(article, { ...article, revision: 5 })).toBe('Saved as revision 5.');
    expect(savedMessage(article, article)).toBe('Changes saved.');
  });
});

describe('revisionStatusLabel', () => {
  it('labels drafts and rejected revisions, not published ones', () => {
    expect(revisionStatusLabel('pending')?.label).toBe('Awaiting review');
    expect(revisionStatusLabel('rejected')?.label).toBe('Rejected');
    expect(revisionStatusLabel('published')).toBeNull();
  });
});

describe('mergeDetails', () => {
  const initial: ArticleFormValues = { title: 'A', body: 'x', summary: '', folderId: 'f1', tags: 'net', assetIds: ['a1'], credentialIds: [], contactIds: [], isTemplate: false };
  it('keeps the details the person changed and takes the others as the other person saved them', () => {
    const mine = { ...initial, body: 'mine', tags: 'net, vpn' };
    const theirs = { ...initial, body: 'theirs', folderId: 'f2', tags: 'network', assetIds: ['a1', 'a2'] };
    expect(mergeDetails(initial, mine, theirs)).toEqual({ ...mine, folderId: 'f2', assetIds: ['a1', 'a2'] });
  });
});
