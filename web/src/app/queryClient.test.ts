import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../lib/problem';
import { meKey } from '../auth/permissions';
import { createQueryClient } from './queryClient';

afterEach(() => vi.restoreAllMocks());

describe('createQueryClient', () => {
  it('refreshes /me when the API answers 403 mfa-enrollment-required, and not for other errors', async () => {
    const client = createQueryClient();
    const invalidate = vi.spyOn(client, 'invalidateQueries');
    const enrol = new ApiError(403, { type: 'https://clientstor.dev/problems/mfa-enrollment-required', title: 'Forbidden' });

    await client.fetchQuery({ queryKey: ['orgs'], queryFn: () => Promise.reject(enrol) }).catch(() => {});
    expect(invalidate).toHaveBeenCalledWith({ queryKey: meKey });

    invalidate.mockClear();
    await client.fetchQuery({ queryKey: ['other'], queryFn: () => Promise.reject(new ApiError(403, { title: 'Forbidden' })) }).catch(() => {});
    expect(invalidate).not.toHaveBeenCalled();
  });
});
