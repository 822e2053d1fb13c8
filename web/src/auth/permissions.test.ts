import { describe, expect, it } from 'vitest';
import { can, type Me } from './permissions';

// Cast: keeps the fixture valid while /me grows fields these checks do not read.
const base = { id: 'u1', email: 'a@example.test', displayName: 'A', isGlobalAdmin: false, mustChangePassword: false, mfaEnabled: false, mustEnrolMfa: false, memberships: [] } as Me;
const member: Me = {
  ...base,
  memberships: [
    { orgId: 'org-1', orgName: 'Acme', roles: ['Viewer'], permissions: ['org.read', 'audit.read'] },
    { orgId: 'org-2', orgName: 'Globex', roles: ['Owner'], permissions: ['org.read', 'members.manage'] },
  ],
};

describe('can', () => {
  it('is true for a global admin in every organisation, even without a membership', () => {
    const admin: Me = { ...base, isGlobalAdmin: true };
    expect(can(admin, 'org-1', 'org.delete')).toBe(true);
    expect(can(admin, 'some-other-org', 'roles.manage')).toBe(true);
  });

  it('checks the permissions of the membership in that organisation', () => {
    expect(can(member, 'org-1', 'audit.read')).toBe(true);
    expect(can(member, 'org-1', 'members.manage')).toBe(false);
    expect(can(member, 'org-2', 'members.manage')).toBe(true);
    expect(can(member, 'org-2', 'audit.read')).toBe(false);
  });

  it('is false outside the memberships, without an org, and before /me has loaded', () => {
    expect(can(member, 'org-3', 'org.read')).toBe(false);
    expect(can(member, null, 'org.read')).toBe(false);
    expect(can(undefined, 'org-1', 'org.read')).toBe(false);
  });
});
