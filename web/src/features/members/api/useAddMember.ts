import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { AddMemberBody, Member } from '../types';
import { memberKeys } from './memberKeys';

export interface AddMemberInput {
  orgId: string;
  body: AddMemberBody;
}

export async function addMember({ orgId, body }: AddMemberInput): Promise<Member> {
  return unwrap(await api.POST('/api/v1/orgs/{orgId}/members', { params: { path: { orgId } }, body }));
}

export function useAddMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addMember,
    onSuccess: (_, { orgId }) => queryClient.invalidateQueries({ queryKey: memberKeys.lists(orgId) }),
  });
}
