import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { configureAuth } from '../api/client';
import { knowledgeBaseKey } from '../entities/knowledgeBase/useKnowledgeBase';
import { json, memberMe, mockFetch, pathOf, problem, withMe } from '../test/render';
import { AppShell } from './AppShell';

vi.mock('./auth/AuthProvider', () => ({
  useAuth: () => ({ user: { profile: { email: 'tech@example.test' } }, signOut: () => Promise.resolve() }),
}));

afterEach(() => vi.unstubAllGlobals());

function renderShell(knowledgeBase: 'readable' | 'hidden') {
  configureAuth({ getAccessToken: () => Promise.resolve('t'), renew: () => Promise.resolve(null), onUnauthenticated: () => {} });
  mockFetch(
    withMe(memberMe('o1', ['docs.read']), (r) => {
      if (pathOf(r) === '/api/v1/docs/knowledge-base') {
        return knowledgeBase === 'readable' ? json({ orgId: 'kb', name: 'MSP knowledge base', permissions: ['docs.read'] }) : problem(404, { title: 'Not Found' });
      }
      return json({ items: [], nextCursor: null });
    }),
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([{ element: <AppShell />, children: [{ index: true, element: <p>Home page</p> }] }]);
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return queryClient;
}

describe('AppShell navigation', () => {
  it('shows Knowledge base to whoever may read it', async () => {
    renderShell('readable');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Knowledge base' })).toHaveAttribute('href', '/kb');
  });

  it('hides it when the endpoint answers 404', async () => {
    const queryClient = renderShell('hidden');
    expect(await screen.findByText('Home page')).toBeInTheDocument();
    // Answered (null: not readable), not merely pending.
    await vi.waitFor(() => expect(queryClient.getQueryState(knowledgeBaseKey)?.status).toBe('success'));
    expect(queryClient.getQueryData(knowledgeBaseKey)).toBeNull();
    expect(screen.queryByRole('link', { name: 'Knowledge base' })).not.toBeInTheDocument();
  });
});
