import { describe, expect, it } from 'vitest';
import { itemPath, typeListPath } from './itemPath';
import type { SearchItem } from './types';

const orgId = '0190f0a0-0000-7000-8000-000000000001';
const file = (parentType: string | null, parentId: string | null): SearchItem => ({
  type: 'attachment',
  id: 'f1',
  orgId,
  orgName: 'Acme',
  title: 'rack-front.jpg',
  subtitle: 'Asset · Core switch',
  matchedField: 'fileName',
  matchedText: 'rack-front.jpg',
  parentType,
  parentId,
});

describe('itemPath for files', () => {
  it('opens the page of the article, asset or credential the file is attached to', () => {
    expect(itemPath(file('article', 'a1'))).toBe(`/orgs/${orgId}/docs/articles/a1`);
    expect(itemPath(file('asset', 'x1'))).toBe(`/orgs/${orgId}/assets/x1`);
    expect(itemPath(file('credential', 'c1'))).toBe(`/orgs/${orgId}/vault/c1`);
  });

  it('falls back on the client without a known parent, and offers no list of files', () => {
    expect(itemPath(file(null, null))).toBe(`/orgs/${orgId}`);
    expect(itemPath(file('rack', 'r1'))).toBe(`/orgs/${orgId}`);
    expect(typeListPath('attachment', orgId, 'rack')).toBeNull();
  });
});
