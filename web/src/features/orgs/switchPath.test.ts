import { describe, expect, it } from 'vitest';
import { switchClientPath } from './switchPath';

const B = '0190f0a0-0000-7000-8000-00000000000b';

describe('switchClientPath', () => {
  it.each([
    ['/orgs/A', '', `/orgs/${B}`],
    ['/orgs/A/', '', `/orgs/${B}`],
    ['/orgs/A/vault', '', `/orgs/${B}/vault`],
    ['/orgs/A/vault', '?folder=f1&q=router', `/orgs/${B}/vault`],
    ['/orgs/A/vault/c1', '', `/orgs/${B}/vault`],
    ['/orgs/A/vault/c1/edit', '', `/orgs/${B}/vault`],
    ['/orgs/A/vault/new', '', `/orgs/${B}/vault`],
    ['/orgs/A/assets/a1', '', `/orgs/${B}/assets`],
    ['/orgs/A/assets/a1/edit', '', `/orgs/${B}/assets`],
    ['/orgs/A/assets/directory', '?section=contacts', `/orgs/${B}/assets/directory?section=contacts`],
    ['/orgs/A/assets/directory', '', `/orgs/${B}/assets/directory`],
    ['/orgs/A/ipam/subnets/s1', '?q=10.0.0.5', `/orgs/${B}/ipam`],
    ['/orgs/A/racks/panels', '', `/orgs/${B}/racks/panels`],
    ['/orgs/A/racks/r1', '', `/orgs/${B}/racks`],
    ['/orgs/A/roles/r1', '', `/orgs/${B}/roles`],
    ['/orgs/A/members', '', `/orgs/${B}/members`],
    ['/orgs/A/audit', '?action=x', `/orgs/${B}/audit`],
  ])('from %s%s goes to %s', (pathname, search, expected) => {
    expect(switchClientPath(pathname, search, B)).toBe(expected);
  });

  it.each(['/orgs', '/orgs/new', '/audit', '/search', '/users/u1'])('from %s (no client) goes to the landing page', (pathname) => {
    expect(switchClientPath(pathname, '', B)).toBe(`/orgs/${B}`);
  });
});
