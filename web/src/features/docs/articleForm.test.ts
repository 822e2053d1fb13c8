import { describe, expect, it } from 'vitest';
import { articleFormValues, createArticleBody, isDirty, parseTags, updateArticleBody } from './articleForm';
import type { Article } from './types';

const article: Article = {
  id: 'a1',
  folderId: 'f1',
  title: 'Backups',
  body: '# Backups',
  html: '<h1>Backups</h1>',
  tags: ['ops', 'Nightly'],
  assetIds: ['s1'],
  credentialIds: [],
  contactIds: [],
  linkedItems: [],
  linkedFrom: [],
  pendingRevisions: [],
  isTemplate: false,
  revision: 3,
  createdById: 'u1',
  updatedById: 'u1',
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-02T10:00:00Z',
  etag: '"3"',
};

describe('parseTags', () => {
  it('trims, drops empties and case-insensitive repeats', () => {
    expect(parseTags(' ops, , Ops,backup ')).toEqual(['ops', 'backup']);
  });
});

describe('updateArticleBody', () => {
  it('sends nothing when nothing changed (tag order and case aside)', () => {
    expect(updateArticleBody(article, { ...articleFormValues(article), tags: 'nightly, OPS', summary: 'ignored' })).toEqual({});
  });

  it('sends the changed text with its summary, and clears the folder explicitly', () => {
    const values = { ...articleFormValues(article), body: '# Backups\n\nDaily.', summary: ' Daily now ', folderId: '' };
    expect(updateArticleBody(article, values)).toEqual({ body: '# Backups\n\nDaily.', summary: 'Daily now', clearFolder: true });
  });

  it('sends changed links and the template flag', () => {
    const values = { ...articleFormValues(article), assetIds: [], contactIds: ['c1'], isTemplate: true };
    expect(updateArticleBody(article, values)).toEqual({ assetIds: [], contactIds: ['c1'], isTemplate: true });
  });
});

describe('createArticleBody', () => {
  it('names the template it started from', () => {
    const values = { ...articleFormValues(article), summary: '' };
    expect(createArticleBody(values, { key: 'runbook' })).toMatchObject({ title: 'Backups', folderId: 'f1', tags: ['ops', 'Nightly'], template: 'runbook' });
    expect(createArticleBody({ ...values, folderId: '' }, { articleId: 't1' })).toMatchObject({ templateArticleId: 't1' });
    expect(createArticleBody({ ...values, folderId: '' })).not.toHaveProperty('folderId');
  });
});

describe('isDirty', () => {
  it('compares the fields, link sets in any order', () => {
    const initial = { ...articleFormValues(article), credentialIds: ['x', 'y'] };
    expect(isDirty(initial, { ...initial, credentialIds: ['y', 'x'] })).toBe(false);
    expect(isDirty(initial, { ...initial, body: 'changed' })).toBe(true);
  });
});
