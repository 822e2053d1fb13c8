import type { paths } from '../../api/schema';

// Derived through paths, not component names: schema names follow the API's class names.
type JsonOf<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type Credential = JsonOf<paths['/api/v1/orgs/{orgId}/vault/credentials/{credentialId}']['get']['responses'][200]>;
export type CredentialPage = JsonOf<paths['/api/v1/orgs/{orgId}/vault/credentials']['get']['responses'][200]>;
export type CreateCredentialBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}/vault/credentials']['post']['requestBody']>>;
export type UpdateCredentialBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}/vault/credentials/{credentialId}']['patch']['requestBody']>>;
export type FolderPage = JsonOf<paths['/api/v1/orgs/{orgId}/vault/folders']['get']['responses'][200]>;
export type Folder = FolderPage['items'][number];
export type CreateFolderBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}/vault/folders']['post']['requestBody']>>;
export type GeneratePasswordBody = JsonOf<NonNullable<paths['/api/v1/vault/password-generator']['post']['requestBody']>>;
export type GeneratedPassword = JsonOf<paths['/api/v1/vault/password-generator']['post']['responses'][200]>;

export const credentialSorts = [
  { value: 'name', label: 'Name (A–Z)' },
  { value: '-name', label: 'Name (Z–A)' },
  { value: '-updatedAt', label: 'Recently updated' },
  { value: 'updatedAt', label: 'Least recently updated' },
  { value: '-createdAt', label: 'Newest first' },
] as const;
export type CredentialSort = (typeof credentialSorts)[number]['value'];

export interface CredentialListParams {
  q: string;
  folderId: string;
  tag: string;
  sort: CredentialSort;
  cursor: string | null;
  limit: number;
}

/** The fields of the credential form; API field errors are matched against these. */
export const credentialFormFields = [
  'name',
  'folderId',
  'username',
  'url',
  'tags',
  'notes',
  'assetIds',
  'password',
  'otpSeed',
  'customSecrets',
  'removeSecrets',
] as const;
export type CredentialFormField = (typeof credentialFormFields)[number];

export interface CustomSecretRow {
  /** Stable React key; never sent. */
  key: string;
  name: string;
  value: string;
}

export interface CredentialFormValues {
  name: string;
  folderId: string;
  username: string;
  url: string;
  /** Comma separated, as typed. */
  tags: string;
  notes: string;
  /** The linked assets of the organisation. */
  assetIds: string[];
  password: string;
  otpSeed: string;
  /** New custom secrets (on edit: values for existing ones live in `existingCustom`). */
  customSecrets: CustomSecretRow[];
  /** On edit: new values typed for stored custom secrets, by field name (`custom:<name>`). */
  existingCustom: Record<string, string>;
  /** On edit: stored secret fields ticked for removal. */
  removeSecrets: string[];
}

/** A page of folders by name, searched with `q`. */
export interface FolderListParams {
  q: string;
  cursor: string | null;
  limit: number;
}

export const folderFormFields = ['name', 'parentId'] as const;
export type FolderFormField = (typeof folderFormFields)[number];
