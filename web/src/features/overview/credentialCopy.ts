import type { ComponentType } from 'react';
import type { OrgOverview } from './api/useOrgOverview';

export type PinnedCredential = NonNullable<OrgOverview['pinnedCredentials']>['items'][number];

export interface CredentialCopyProps {
  orgId: string;
  credential: PinnedCredential;
  /** vault.reveal: the password and the one-time code can be copied too. */
  canReveal: boolean;
}

/**
 * The vault's copy buttons (username, password, one-time code) for a pinned credential. A feature does not import
 * another, so the app passes the vault's component in when it builds the routes (see routes.tsx).
 */
export type CredentialCopyComponent = ComponentType<CredentialCopyProps>;
