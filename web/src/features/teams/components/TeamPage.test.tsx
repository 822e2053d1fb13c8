import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute } from '../../../test/render';
import { allOrgsGrant, member, platformRole, team } from '../testData';
import { TeamPage } from './TeamPage';

afterEach(() => vi.unstubAllGlobals());

const route = { path: '/teams/:teamId', route: `/teams/${team.id}` };
const base = `/api/v1/teams/${team.id}`;

function api(grants: unknown[], write: (request: Request) => Response | Promise<Response>) {
  return mockFetch((request) => {
    const path = new URL(request.url).pathname;
    if (request.method !== 'GET') return write(request);
    if (path === base) return json(team);
    if (path === `${base}/grants`) return json(grants);
    if (path === `${base}/members`) return json({ items: [member], nextCursor: null });
    if (path === '/api/v1/platform-roles') return json([platformRole]);
    return json({ items: [], nextCursor: null });
  });
}

describe('TeamPage', () => {
  it('shows the grants and members, and withdraws a grant with If-Match after confirmation', async () => {
    const { calls } = api([allOrgsGrant], () => new Response(null, { status: 204 }));
    renderRoute(<TeamPage />, route);

    const grants = await screen.findByRole('table', { name: 'Team grants' }, { timeout: 5000 });
    expect(within(grants).getByText('All organisations')).toBeInTheDocument();
    expect(within(grants).getByText('Platform role')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Tess' })).toHaveAttribute('href', `/users/${member.userId}`);

    await userEvent.click(within(grants).getByRole('button', { name: 'Withdraw Helpdesk in all organisations' }));
    await userEvent.click(within(await screen.findByRole('dialog', { name: 'Withdraw grant' })).getByRole('button', { name: 'Withdraw grant' }));
    expect(await screen.findByText('Helpdesk withdrawn from all organisations.')).toBeInTheDocument();
    const del = calls.find((c) => c.method === 'DELETE')!;
    expect(new URL(del.url).pathname).toBe(`${base}/grants/${allOrgsGrant.id}`);
    expect(del.headers.get('If-Match')).toBe('"g1"');
  }, 15_000);

  it('grants a platform role on every organisation, and shows the API field error on the role', async () => {
    let attempt = 0;
    const { calls } = api([], () =>
      ++attempt === 1
        ? problem(400, { title: 'Validation failed.', errors: { platformRoleId: ['The platform role does not exist.'] } })
        : json(allOrgsGrant, 201),
    );
    renderRoute(<TeamPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'Grant a role' }, { timeout: 5000 }));
    const form = screen.getByRole('form', { name: 'Add grant' });
    expect(within(form).getByLabelText('All organisations, including ones created later')).toBeChecked();
    expect(within(form).getByLabelText(/role of the organisations themselves/)).toBeDisabled();
    await within(form).findByRole('option', { name: 'Helpdesk' });
    await userEvent.click(within(form).getByRole('button', { name: 'Add grant' }));
    expect(await within(form).findByText('Choose a platform role.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await userEvent.selectOptions(within(form).getByLabelText('Platform role', { exact: true }), 'Helpdesk');
    await userEvent.click(within(form).getByRole('button', { name: 'Add grant' }));
    expect(await within(form).findByText('The platform role does not exist.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Platform role', { exact: true })).toHaveClass('is-invalid');

    await userEvent.click(within(form).getByRole('button', { name: 'Add grant' }));
    expect(await screen.findByText('Granted in every organisation, including those created later.')).toBeInTheDocument();
    const posts = calls.filter((c) => c.method === 'POST');
    expect(await posts[1].json()).toEqual({ platformRoleId: platformRole.id });
  }, 15_000);
});
