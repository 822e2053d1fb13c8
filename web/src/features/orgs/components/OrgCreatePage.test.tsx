import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockFetch, problem, json, renderRoute } from '../../../test/render';
import { OrgCreatePage } from './OrgCreatePage';

afterEach(() => vi.unstubAllGlobals());

describe('OrgCreatePage', () => {
  it('shows the API field errors next to each field', async () => {
    const { calls } = mockFetch(() =>
      problem(400, {
        title: 'One or more validation errors occurred.',
        errors: { name: ['Name is required.'], slug: ['Slug may only contain lowercase letters, digits and hyphens.'] },
      }),
    );
    renderRoute(<OrgCreatePage />, { path: '/orgs/new' });

    await userEvent.type(screen.getByLabelText('Slug'), 'Bad Slug');
    await userEvent.click(screen.getByRole('button', { name: 'Create organisation' }));

    const name = screen.getByLabelText('Name');
    await waitFor(() => expect(name).toHaveClass('is-invalid'));
    expect(name).toHaveAccessibleDescription('Name is required.');
    expect(screen.getByText('Name is required.')).toHaveClass('invalid-feedback');
    expect(screen.getByLabelText('Slug')).toHaveClass('is-invalid');
    expect(screen.getByText(/Slug may only contain/)).toBeVisible();
    expect(screen.getByLabelText('Notes')).not.toHaveClass('is-invalid');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    const request = calls[0];
    expect(request.method).toBe('POST');
    expect(new URL(request.url).pathname).toBe('/api/v1/orgs');
    expect(request.headers.get('Authorization')).toBe('Bearer test-token');
    expect(await request.json()).toEqual({ name: '', slug: 'Bad Slug' });
  });

  it('shows a conflict as a field error and a non-field problem as an alert', async () => {
    let answer = problem(409, { title: 'Conflict', detail: 'An organisation with this name already exists.', errors: { name: ['This name is already taken.'] } });
    mockFetch(() => answer);
    renderRoute(<OrgCreatePage />, { path: '/orgs/new' });

    await userEvent.type(screen.getByLabelText('Name'), 'Acme');
    await userEvent.click(screen.getByRole('button', { name: 'Create organisation' }));
    expect(await screen.findByText('This name is already taken.')).toHaveClass('invalid-feedback');

    answer = problem(500, { title: 'Internal Server Error', detail: 'Something broke on our side.' });
    await userEvent.click(screen.getByRole('button', { name: 'Create organisation' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Something broke on our side.');
    expect(screen.getByLabelText('Name')).not.toHaveClass('is-invalid');
  });

  it('creates the organisation and opens it', async () => {
    const org = {
      id: '0190f0a0-0000-7000-8000-000000000001',
      name: 'Acme',
      slug: 'acme',
      status: 'active',
      notes: null,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      etag: 'W/"1"',
    };
    const { calls } = mockFetch(() => json(org, 201));
    renderRoute(<OrgCreatePage />, { path: '/orgs/new' });

    await userEvent.type(screen.getByLabelText('Name'), '  Acme ');
    await userEvent.type(screen.getByLabelText('Notes'), 'Main client');
    await userEvent.click(screen.getByRole('button', { name: 'Create organisation' }));

    expect(await screen.findByTestId('navigated')).toBeInTheDocument();
    expect(await calls[0].json()).toEqual({ name: 'Acme', notes: 'Main client' });
  });
});
