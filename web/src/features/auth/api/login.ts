import { publicApi, unwrap } from '../../../api/client';

export interface LoginInput {
  email: string;
  password: string;
}

/** Password step: the API answers with a status and sets the HttpOnly session cookie. */
export async function login(input: LoginInput): Promise<{ status: string }> {
  return unwrap<{ status: string }>(await publicApi.POST('/api/v1/auth/login', { body: input }));
}
