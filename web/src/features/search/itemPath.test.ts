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


const item = (type: string, orgId: string): SearchItem => ({
  type,
  id: 'x1',
  orgId,
  orgName: orgId === 'kb' ? 'MSP knowledge base' : 'Acme',
  title: 'Password policy',
  subtitle: null,
  matchedField: 'title',
  matchedText: 'Password policy',
  parentId: null,
});

describe('search result paths', () => {
  it('opens an article of the MSP knowledge base under /kb, a client’s under its organisation', () => {
    expect(itemPath(item('article', 'kb'), 'kb')).toBe('/kb/articles/x1');
    expect(itemPath(item('article', 'o1'), 'kb')).toBe('/orgs/o1/docs/articles/x1');
    expect(itemPath(item('article', 'o1'))).toBe('/orgs/o1/docs/articles/x1');
  });

  it('opens a diagram of the MSP knowledge base under /kb too', () => {
    expect(itemPath(item('diagram', 'kb'), 'kb')).toBe('/kb/diagrams/x1');
    expect(itemPath(item('diagram', 'o1'), 'kb')).toBe('/orgs/o1/docs/diagrams/x1');
  });

  it('lists more knowledge-base articles under /kb', () => {
    expect(typeListPath('article', 'kb', 'vpn', 'kb')).toBe('/kb?q=vpn');
    expect(typeListPath('article', 'o1', 'vpn', 'kb')).toBe('/orgs/o1/docs?q=vpn');
    expect(typeListPath('diagram', 'kb', 'vpn', 'kb')).toBe('/kb?view=diagrams&q=vpn');
    expect(typeListPath('diagram', 'o1', 'vpn', 'kb')).toBe('/orgs/o1/docs?view=diagrams&q=vpn');
  });
});
