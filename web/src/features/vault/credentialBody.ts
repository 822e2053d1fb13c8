import { parseList } from '../../lib/text';
import { CUSTOM_PREFIX } from '../../entities/credential/secretFields';
import type { CreateCredentialBody, Credential, CredentialFormValues, UpdateCredentialBody } from './types';

export const emptyCredentialForm: CredentialFormValues = {
  name: '',
  folderId: '',
  username: '',
  url: '',
  tags: '',
  notes: '',
  assetIds: [],
  password: '',
  otpSeed: '',
  customSecrets: [],
  existingCustom: {},
  removeSecrets: [],
};

export function credentialFormValues(credential: Credential): CredentialFormValues {
  return {
    ...emptyCredentialForm,
    name: credential.name,
    folderId: credential.folderId ?? '',
    username: credential.username ?? '',
    url: credential.url ?? '',
    tags: credential.tags.join(', '),
    notes: credential.notes ?? '',
    assetIds: [...credential.assetIds],
  };
}

/** Rows left completely empty are ignored; a named row is sent even with an empty value. */
function newCustomSecrets(values: CredentialFormValues): Record<string, string> {
  const secrets: Record<string, string> = {};
  for (const row of values.customSecrets) {
    if (row.name.trim() === '' && row.value === '') continue;
    secrets[row.name.trim()] = row.value;
  }
  return secrets;
}

export function createCredentialBody(values: CredentialFormValues): CreateCredentialBody {
  const body: CreateCredentialBody = { name: values.name.trim() };
  if (values.folderId) body.folderId = values.folderId;
  if (values.username.trim()) body.username = values.username.trim();
  if (values.url.trim()) body.url = values.url.trim();
  const tags = parseList(values.tags);
  if (tags.length > 0) body.tags = tags;
  if (values.notes.trim()) body.notes = values.notes;
  if (values.assetIds.length > 0) body.assetIds = values.assetIds;
  if (values.password) body.password = values.password;
  if (values.otpSeed.trim()) body.otpSeed = values.otpSeed.trim();
  const custom = newCustomSecrets(values);
  if (Object.keys(custom).length > 0) body.customSecrets = custom;
  return body;
}

/**
 * A partial update holding only what changed: emptied text fields are sent as "" (which clears them),
 * secret inputs left empty keep the stored value, and ticked secrets go to removeSecrets.
 */
export function updateCredentialBody(credential: Credential, values: CredentialFormValues): UpdateCredentialBody {
  const body: UpdateCredentialBody = {};
  if (values.name.trim() !== credential.name) body.name = values.name.trim();
  if (values.folderId !== (credential.folderId ?? '')) {
    if (values.folderId) body.folderId = values.folderId;
    else body.clearFolder = true;
  }
  if (values.username.trim() !== (credential.username ?? '')) body.username = values.username.trim();
  if (values.url.trim() !== (credential.url ?? '')) body.url = values.url.trim();
  if (values.notes !== (credential.notes ?? '')) body.notes = values.notes;
  const tags = parseList(values.tags);
  const before = [...credential.tags].sort();
  if (tags.length !== before.length || [...tags].sort().some((t, i) => t !== before[i])) body.tags = tags;
  // The whole set is sent when it changed: the API makes the links exactly these.
  const linked = new Set(credential.assetIds);
  if (values.assetIds.length !== linked.size || values.assetIds.some((id) => !linked.has(id))) body.assetIds = values.assetIds;

  const removing = new Set(values.removeSecrets.filter((f) => credential.secretFields.includes(f)));
  if (values.password && !removing.has('password')) body.password = values.password;
  if (values.otpSeed.trim() && !removing.has('otpSeed')) body.otpSeed = values.otpSeed.trim();
  const custom = newCustomSecrets(values);
  for (const [field, value] of Object.entries(values.existingCustom)) {
    if (value !== '' && !removing.has(field) && credential.secretFields.includes(field)) custom[field.slice(CUSTOM_PREFIX.length)] = value;
  }
  if (Object.keys(custom).length > 0) body.customSecrets = custom;
  if (removing.size > 0) body.removeSecrets = [...removing];
  return body;
}
