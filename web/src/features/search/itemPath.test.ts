import { describe, expect, it } from 'vitest';
import { itemPath, typeListPath } from './itemPath';
import type { SearchItem } from './types';

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

  it('lists more knowledge-base articles under /kb', () => {
    expect(typeListPath('article', 'kb', 'vpn', 'kb')).toBe('/kb?q=vpn');
    expect(typeListPath('article', 'o1', 'vpn', 'kb')).toBe('/orgs/o1/docs?q=vpn');
  });
});
