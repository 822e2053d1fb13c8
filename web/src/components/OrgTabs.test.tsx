import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { globalAdminMe, json, memberMe, mockFetch, renderRoute, withMe } from '../test/render';
import { OrgTabs, scrollIntoStrip } from './OrgTabs';
import { allowedSections, orgManageSections, orgTabs } from './orgSections';

afterEach(() => vi.unstubAllGlobals());

const orgId = '0190f0a0-0000-7000-8000-000000000001';
const labels = (sections: { label: string }[]) => sections.map((s) => s.label);

function renderTabs(me: unknown, at = `/orgs/${orgId}/vault`) {
  mockFetch(withMe(me, () => json({})));
  renderRoute(<OrgTabs orgId={orgId} />, { path: '/orgs/:orgId/*', route: at });
  return screen.getByRole('navigation', { name: 'Organisation sections' });
}

describe('allowedSections', () => {
  it('keeps a section only when every permission it needs is held', () => {
    const held = new Set(['org.read', 'assets.read', 'assets.write', 'vault.read']);
    const can = (p: string) => held.has(p);
    // Discovery needs ipam.write as well as assets.write.
    expect(labels(allowedSections(orgTabs, can))).toEqual(['Overview', 'Assets', 'Vault', 'Contacts', 'Locations', 'Racks']);
    expect(labels(allowedSections(orgManageSections, can))).toEqual(['Settings', 'Members', 'Roles']);
    expect(labels(allowedSections(orgManageSections, (p) => p === 'apikeys.manage'))).toEqual(['API keys']);
    expect(allowedSections(orgManageSections, () => false)).toEqual([]);
  });
});

describe('OrgTabs', () => {
  it('leads with the technicians’ tabs and puts administration behind Manage', async () => {
    const nav = renderTabs(globalAdminMe);
    await within(nav).findByRole('link', { name: 'Audit log' });
    const tabs = within(nav).getAllByRole('link');
    expect(tabs.map((t) => t.textContent)).toEqual(['Overview', 'Assets', 'Vault', 'Docs', 'Contacts', 'Locations', 'IPAM', 'Racks', 'Discovery', 'Audit log']);
    expect(within(nav).getByRole('link', { name: 'Vault' })).toHaveClass('active');
    expect(within(nav).getByRole('link', { name: 'Overview' })).toHaveAttribute('href', `/orgs/${orgId}`);
    expect(within(nav).getByRole('link', { name: 'Contacts' })).toHaveAttribute('href', `/orgs/${orgId}/contacts`);

    await userEvent.click(within(nav).getByRole('button', { name: 'Manage' }));
    const manage = ['Settings', 'Members', 'Roles', 'API keys'].map((name) => within(nav).getByRole('link', { name }));
    expect(manage.map((l) => l.getAttribute('href'))).toEqual(['settings', 'members', 'roles', 'api-keys'].map((p) => `/orgs/${orgId}/${p}`));
  });

  it('shows a member only the sections and Manage entries their permissions allow', async () => {
    const nav = renderTabs(memberMe(orgId, ['org.read', 'vault.read', 'audit.read']));
    await within(nav).findByRole('link', { name: 'Vault' });
    expect(within(nav).getAllByRole('link').map((t) => t.textContent)).toEqual(['Overview', 'Vault', 'Audit log']);

    await userEvent.click(within(nav).getByRole('button', { name: 'Manage' }));
    expect(within(nav).getByRole('link', { name: 'Roles' })).toBeVisible();
    expect(within(nav).queryByRole('link', { name: 'API keys' })).not.toBeInTheDocument();
  });

  it('leaves Manage out when nothing in it is allowed', async () => {
    const nav = renderTabs(memberMe(orgId, ['vault.read']));
    await within(nav).findByRole('link', { name: 'Vault' });
    expect(within(nav).queryByRole('button', { name: 'Manage' })).not.toBeInTheDocument();
  });

  it('opens with the keyboard, marks Manage current on its pages and closes with Escape', async () => {
    const nav = renderTabs(globalAdminMe, `/orgs/${orgId}/roles/new`);
    const toggle = await within(nav).findByRole('button', { name: /^Manage/ });
    expect(toggle).toHaveClass('active');
    expect(toggle).toHaveAccessibleName('Manage, Roles open');

    toggle.focus();
    await userEvent.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{ArrowDown}');
    expect(within(nav).getByRole('link', { name: 'Settings' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(within(nav).getByRole('link', { name: 'Members' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });
});

describe('scrollIntoStrip', () => {
  const rect = (left: number, width: number) => ({ left, right: left + width, width, top: 0, bottom: 40, height: 40, x: left, y: 0, toJSON: () => ({}) });

  function strip(activeLeft: number) {
    const el = document.createElement('div');
    el.innerHTML = '<a>Overview</a><a class="active">Audit log</a>';
    el.getBoundingClientRect = () => rect(0, 300);
    el.querySelector<HTMLElement>('.active')!.getBoundingClientRect = () => rect(activeLeft, 100);
    return el;
  }

  it('scrolls the phone tab strip sideways to centre an active tab that is off screen', () => {
    const el = strip(700);
    scrollIntoStrip(el);
    expect(el.scrollLeft).toBe(600);
  });

  it('leaves the strip alone when the active tab is already in view', () => {
    const el = strip(100);
    scrollIntoStrip(el);
    expect(el.scrollLeft).toBe(0);
  });
});

describe('OrgTabs on a phone', () => {
  afterEach(() => vi.restoreAllMocks());

  it('scrolls the current section’s tab into view once the tabs are drawn', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: true, media: query, addEventListener: () => {}, removeEventListener: () => {} }));
    // Each tab 100px wide in a 300px strip: Audit log, the tenth, sits at 900px.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const links = this.parentElement?.parentElement ? [...this.closest('nav')!.querySelectorAll('a')] : [];
      const left = this.tagName === 'A' ? links.indexOf(this as HTMLAnchorElement) * 100 : 0;
      const width = this.tagName === 'A' ? 100 : 300;
      return { left, right: left + width, width, top: 0, bottom: 40, height: 40, x: left, y: 0, toJSON: () => ({}) };
    });
    const nav = renderTabs(globalAdminMe, `/orgs/${orgId}/audit`);
    const audit = await within(nav).findByRole('link', { name: 'Audit log' });
    const strip = audit.closest('.nav') as HTMLElement;
    await vi.waitFor(() => expect(strip.scrollLeft).toBe(800));
  });
});
