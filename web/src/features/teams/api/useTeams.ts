import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { SearchPageParams, Team, TeamGrant, TeamMemberPage, TeamPage } from '../types';
import { teamKeys } from './teamKeys';

function pageQuery({ q, cursor, limit }: SearchPageParams) {
  return { limit, ...(q ? { q } : {}), ...(cursor ? { cursor } : {}) };
}

export async function listTeams(params: SearchPageParams, signal?: AbortSignal): Promise<TeamPage> {
  return unwrap(await api.GET('/api/v1/teams', { params: { query: pageQuery(params) }, signal }));
}

export function useTeams(params: SearchPageParams) {
  return useQuery({ queryKey: teamKeys.list(params), queryFn: ({ signal }) => listTeams(params, signal), placeholderData: keepPreviousData });
}

export async function getTeam(teamId: string, signal?: AbortSignal): Promise<Team> {
  return unwrap(await api.GET('/api/v1/teams/{teamId}', { params: { path: { teamId } }, signal }));
}

export function useTeam(teamId: string) {
  return useQuery({ queryKey: teamKeys.detail(teamId), queryFn: ({ signal }) => getTeam(teamId, signal) });
}

export async function listTeamMembers(teamId: string, params: SearchPageParams, signal?: AbortSignal): Promise<TeamMemberPage> {
  return unwrap(await api.GET('/api/v1/teams/{teamId}/members', { params: { path: { teamId }, query: pageQuery(params) }, signal }));
}

export function useTeamMembers(teamId: string, params: SearchPageParams) {
  return useQuery({
    queryKey: teamKeys.memberList(teamId, params),
    queryFn: ({ signal }) => listTeamMembers(teamId, params, signal),
    placeholderData: keepPreviousData,
  });
}

export async function listTeamGrants(teamId: string, signal?: AbortSignal): Promise<TeamGrant[]> {
  return unwrap(await api.GET('/api/v1/teams/{teamId}/grants', { params: { path: { teamId } }, signal }));
}

export function useTeamGrants(teamId: string) {
  return useQuery({ queryKey: teamKeys.grants(teamId), queryFn: ({ signal }) => listTeamGrants(teamId, signal) });
}
