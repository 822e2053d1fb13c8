import type { JsonOf, paths } from '../../api/types';

export type SessionPage = JsonOf<paths['/api/v1/me/sessions']['get']['responses'][200]>;
/** A signed-in browser or device: the user's own (account page) or anyone's (user administration). */
export type Session = SessionPage['items'][number];

export interface SessionListParams {
  cursor: string | null;
  limit: number;
}
