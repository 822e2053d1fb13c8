import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { MemoryRouter, useLocation, useNavigationType } from 'react-router';
import { useSetSearchParam } from './useSetSearchParam';

function renderAt(url: string) {
  const wrapper = ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>;
  return renderHook(
    () => ({ setParam: useSetSearchParam<'sort' | 'status'>(), location: useLocation(), navigationType: useNavigationType() }),
    { wrapper },
  );
}

describe('useSetSearchParam', () => {
  it('sets a parameter and keeps the others and the path', () => {
    const { result } = renderAt('/orgs?q=acme');
    act(() => result.current.setParam('sort', '-createdAt'));
    expect(result.current.location.pathname).toBe('/orgs');
    const params = new URLSearchParams(result.current.location.search);
    expect(params.get('q')).toBe('acme');
    expect(params.get('sort')).toBe('-createdAt');
  });

  it('overwrites an existing value', () => {
    const { result } = renderAt('/orgs?status=active&q=acme');
    act(() => result.current.setParam('status', 'archived'));
    expect(result.current.location.search).toBe('?status=archived&q=acme');
  });

  it('removes the parameter when the value is empty', () => {
    const { result } = renderAt('/orgs?status=active&q=acme');
    act(() => result.current.setParam('status', ''));
    expect(result.current.location.search).toBe('?q=acme');
  });

  it('replaces the history entry instead of pushing one', () => {
    const { result } = renderAt('/orgs');
    expect(result.current.navigationType).toBe('POP');
    act(() => result.current.setParam('sort', 'name'));
    expect(result.current.navigationType).toBe('REPLACE');
  });

  it('returns the same setter across renders', () => {
    const { result, rerender } = renderAt('/orgs');
    const first = result.current.setParam;
    rerender();
    expect(result.current.setParam).toBe(first);
  });
});
