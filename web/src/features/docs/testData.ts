import type { Article } from './types';

// Fixtures of the docs tests (not a test itself).
export const orgId = '0190f0a0-0000-7000-8000-000000000001';

export const article: Article = {
  id: 'a1',
  folderId: 'f2',
  title: 'Firewall overview',
  body: '# Firewall',
  html: '<h1>Firewall</h1><p>See <a href="/orgs/o/docs/articles/a2">VPN setup</a> and <a href="https://vendor.example" target="_blank" rel="noopener noreferrer nofollow">the vendor</a>.</p>',
  tags: ['network'],
  assetIds: ['s1'],
  credentialIds: ['c1'],
  contactIds: ['p1'],
  linkedItems: [
    { type: 'asset', id: 's1', name: 'fw-01' },
    { type: 'contact', id: 'p1', name: 'Ada Lovelace' },
    { type: 'credential', id: 'c1', name: 'Firewall admin' },
  ],
  linkedFrom: [{ type: 'article', id: 'a3', name: 'Onboarding' }],
  pendingRevisions: [],
  isTemplate: false,
  revision: 2,
  createdById: 'u1',
  updatedById: 'u1',
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-02T10:00:00Z',
  etag: '"2"',
};

export const folders = [
  { id: 'f1', parentId: null, name: 'Network', articleCount: 0, diagramCount: 0, createdAt: article.createdAt, updatedAt: article.createdAt, etag: '"1"' },
  { id: 'f2', parentId: 'f1', name: 'Firewalls', articleCount: 1, diagramCount: 2, createdAt: article.createdAt, updatedAt: article.createdAt, etag: '"1"' },
];

const revisionBase = {
  restoredFrom: null,
  status: 'published',
  baseRevision: null,
  reviewedByName: null,
  reviewComment: null,
  reviewedAt: null,
  authorId: 'u1',
  authorName: 'Grace Hopper',
};

export const revision = { ...revisionBase, number: 2, title: article.title, summary: 'Rules', createdAt: article.updatedAt };

/** A draft waiting for review, written on revision 2 by `authorId`. */
export function draft(number: number, authorId = 'u-other', authorName = 'Theo Tech') {
  return { ...revisionBase, number, title: article.title, summary: 'New rule', status: 'pending', baseRevision: 2, authorId, authorName, createdAt: '2026-12-03T10:00:00Z' };
}
