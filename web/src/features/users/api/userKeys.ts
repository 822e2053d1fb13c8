import type { UserListParams, UserSessionListParams } from '../types';

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (params: UserListParams) => [...userKeys.lists(), params] as const,
  detail: (userId: string) => [...userKeys.all, 'detail', userId] as const,
  access: (userId: string) => [...userKeys.detail(userId), 'access'] as const,
  sessions: (userId: string) => [...userKeys.detail(userId), 'sessions'] as const,
  sessionList: (userId: string, params: UserSessionListParams) => [...userKeys.sessions(userId), params] as const,
};
