import type { ReactElement } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { vi } from 'vitest';
import { configureAuth } from '../api/client';

/** Renders a page at `path` with a fresh query client and a signed-in token. */
export function renderRoute(element: ReactElement, { path = '/', route = path }: { path?: string; route?: string } = {}) {
  configureAuth({
    getAccessToken: () => Promise.resolve('test-token'),
    renew: () => Promise.resolve(null),
    onUnauthenticated: () => {},
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[route]}>
        <Routes>
          <Route path={path} element={element} />
          <Route path="*" element={<div data-testid="navigated" />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

export function json(body: unknown, status = 200, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

export function problem(status: number, body: Record<string, unknown>): Response {
  return json({ type: 'about:blank', status, traceId: '00-abc', ...body }, status, 'application/problem+json');
}

/** Replaces window fetch; each call is answered by `handler`, and calls are recorded as Requests. */
export function mockFetch(handler: (request: Request) => Response | Promise<Response>) {
  const calls: Request[] = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    calls.push(request);
    return handler(request);
  });
  vi.stubGlobal('fetch', fn);
  return { fn, calls };
}

/** A global administrator: holds every permission in every organisation. */
export const globalAdminMe = {
  id: '0190f0a0-0000-7000-8000-0000000000ad',
  email: 'admin@example.test',
  displayName: 'Admin',
  isGlobalAdmin: true,
  memberships: [],
};

/** Wraps a fetch handler so GET /api/v1/me answers `me` (pages check permissions through it). */
export function withMe(me: unknown, handler: (request: Request) => Response | Promise<Response>) {
  return (request: Request) => {
    const path = new URL(request.url).pathname;
    if (path === '/api/v1/me') return json(me);
    // Pages with a favourite star read the favourites and record that they were opened (entities/favourite).
    if (path === '/api/v1/me/favourites' && request.method === 'GET') return json({ items: [], nextCursor: null });
    if (path.startsWith('/api/v1/me/recents/') && request.method === 'POST') return json({});
    // Article, asset and credential pages list their files (entities/attachment): none unless a test serves some.
    if (path.endsWith('/attachments') && request.method === 'GET') return json({ items: [], nextCursor: null });
    return handler(request);
  };
}

/** A blob's text through FileReader: jsdom's Blob has no text() (browsers do). */
export function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The blob could not be read.'));
    reader.readAsText(blob);
  });
}

/** A member of `orgId` (not a global admin) holding exactly `permissions` there. */
export function memberMe(orgId: string, permissions: string[]) {
  return {
    id: 'u-member',
    email: 'tech@example.test',
    displayName: 'Tech',
    isGlobalAdmin: false,
    memberships: [{ orgId, orgName: 'Acme', roles: ['Technician'], permissions }],
  };
}

/** A recorded request's path and query parameters. */
export const pathOf = (r: Request) => new URL(r.url).pathname;
export const queryOf = (r: Request) => Object.fromEntries(new URL(r.url).searchParams);
