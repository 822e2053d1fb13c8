import { describe, expect, it } from 'vitest';
import { articlePath, knowledgeBaseScope, orgDocsScope } from './docsScope';

describe('docs scopes', () => {
  it('puts a client’s knowledge base under its organisation, with its crumbs, tabs and /me permissions', () => {
    const scope = orgDocsScope('o1', (p) => p === 'docs.read');
    expect(scope.basePath).toBe('/orgs/o1/docs');
    expect(articlePath(scope, 'a1')).toBe('/orgs/o1/docs/articles/a1');
    expect(scope.tabsOrgId).toBe('o1');
    expect(scope.crumbs(scope.home).map((c) => c.to)).toEqual(['/orgs', '/orgs/o1', '/orgs/o1/docs']);
    expect(scope.can('docs.read')).toBe(true);
    expect(scope.can('docs.write')).toBe(false);
  });

  it('puts the MSP knowledge base under /kb, with no organisation and the permissions its endpoint answered', () => {
    const scope = knowledgeBaseScope({ orgId: 'kb', name: 'MSP knowledge base', permissions: ['docs.read', 'docs.write'] });
    expect(scope.orgId).toBe('kb');
    expect(scope.basePath).toBe('/kb');
    expect(articlePath(scope, 'a1')).toBe('/kb/articles/a1');
    expect(scope.tabsOrgId).toBeUndefined();
    expect(scope.crumbs(scope.home)).toEqual([{ to: '/kb', label: 'MSP knowledge base' }]);
    expect(scope.can('docs.write')).toBe(true);
    expect(scope.can('docs.publish')).toBe(false);
    expect(scope.can('assets.read')).toBe(false);
  });
});
