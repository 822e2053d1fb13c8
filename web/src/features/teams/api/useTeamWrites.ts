import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../api/client';
import { hasStatus } from '../../../lib/problem';
import type { AddGrantBody, Team, TeamGrant, TeamMember } from '../types';
import { teamKeys } from './teamKeys';

/** A team's change: its page, the list's counts and every user's access view are re-read. */
function refreshTeam(queryClient: QueryClient, teamId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: teamKeys.detail(teamId) }),
    queryClient.invalidateQueries({ queryKey: teamKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: teamKeys.userAccess }),
  ]);
}

export interface SaveTeamInput {
  /** With an id and etag the team is renamed (If-Match); without, created. */
  teamId?: string;
  etag?: string;
  body: { name: string; description: string };
}

export async function saveTeam({ teamId, etag, body }: SaveTeamInput): Promise<Team> {
  return teamId && etag
    ? unwrap(await api.PATCH('/api/v1/teams/{teamId}', { params: { path: { teamId }, header: ifMatch(etag) }, body }))
    : unwrap(await api.POST('/api/v1/teams', { body: { name: body.name, description: body.description || null } }));
}

export function useSaveTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveTeam,
    onSuccess: (team) => {
      queryClient.setQueryData(teamKeys.detail(team.id), team);
      return queryClient.invalidateQueries({ queryKey: teamKeys.lists() });
    },
    onError: (error, { teamId }) => teamId && hasStatus(error, 412) && queryClient.invalidateQueries({ queryKey: teamKeys.detail(teamId) }),
  });
}

export async function deleteTeam({ id, etag }: Pick<Team, 'id' | 'etag'>): Promise<void> {
  unwrap(await api.DELETE('/api/v1/teams/{teamId}', { params: { path: { teamId: id }, header: ifMatch(etag) } }));
}

export function useDeleteTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteTeam,
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: teamKeys.detail(id) });
      return Promise.all([queryClient.invalidateQueries({ queryKey: teamKeys.lists() }), queryClient.invalidateQueries({ queryKey: teamKeys.userAccess })]);
    },
  });
}

export async function addTeamMember({ teamId, userId }: { teamId: string; userId: string }): Promise<TeamMember> {
  return unwrap(await api.POST('/api/v1/teams/{teamId}/members', { params: { path: { teamId } }, body: { userId } }));
}

export function useAddTeamMember() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addTeamMember, onSuccess: (_, { teamId }) => refreshTeam(queryClient, teamId) });
}

export async function removeTeamMember({ teamId, member }: { teamId: string; member: TeamMember }): Promise<void> {
  unwrap(
    await api.DELETE('/api/v1/teams/{teamId}/members/{userId}', { params: { path: { teamId, userId: member.userId }, header: ifMatch(member.etag) } }),
  );
}

export function useRemoveTeamMember() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: removeTeamMember, onSuccess: (_, { teamId }) => refreshTeam(queryClient, teamId) });
}

export async function addTeamGrant({ teamId, body }: { teamId: string; body: AddGrantBody }): Promise<TeamGrant> {
  return unwrap(await api.POST('/api/v1/teams/{teamId}/grants', { params: { path: { teamId } }, body }));
}

/**
 * One grant per organisation chosen (the API takes one organisation, or none for every organisation), in turn: the
 * first failure stops the rest and says which organisation it was.
 */
export class GrantFailure extends Error {
  readonly orgName: string | null;
  readonly done: number;

  constructor(cause: unknown, orgName: string | null, done: number) {
    super('grant failed', { cause });
    this.orgName = orgName;
    this.done = done;
  }
}

export function useAddTeamGrants() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ teamId, grants }: { teamId: string; grants: { body: AddGrantBody; orgName: string | null }[] }) => {
      let done = 0;
      for (const { body, orgName } of grants) {
        try {
          await addTeamGrant({ teamId, body });
        } catch (cause) {
          throw new GrantFailure(cause, orgName, done);
        }
        done++;
      }
      return done;
    },
    onSettled: (_, __, { teamId }) => refreshTeam(queryClient, teamId),
  });
}

export async function removeTeamGrant({ teamId, grant }: { teamId: string; grant: TeamGrant }): Promise<void> {
  unwrap(
    await api.DELETE('/api/v1/teams/{teamId}/grants/{grantId}', { params: { path: { teamId, grantId: grant.id }, header: ifMatch(grant.etag) } }),
  );
}

export function useRemoveTeamGrant() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: removeTeamGrant, onSuccess: (_, { teamId }) => refreshTeam(queryClient, teamId) });
}
