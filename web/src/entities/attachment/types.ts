import type { JsonOf, paths } from '../../api/types';

export type Attachment = JsonOf<paths['/api/v1/orgs/{orgId}/assets/{assetId}/attachments/{attachmentId}']['get']['responses'][200]>;
export type AttachmentPage = JsonOf<paths['/api/v1/orgs/{orgId}/assets/{assetId}/attachments']['get']['responses'][200]>;

export type AttachmentParentType = 'article' | 'asset' | 'credential';

/** The record files hang on: an article, an asset or a credential of one organisation. */
export interface AttachmentParent {
  type: AttachmentParentType;
  orgId: string;
  id: string;
}

/**
 * The routes of each kind of parent. The three sets of operations share their shapes, so one typed call serves all
 * three: the path parameters carry every parent id name and each route takes the one it names.
 */
export const attachmentRoutes = {
  article: {
    list: '/api/v1/orgs/{orgId}/docs/articles/{articleId}/attachments',
    item: '/api/v1/orgs/{orgId}/docs/articles/{articleId}/attachments/{attachmentId}',
    content: '/api/v1/orgs/{orgId}/docs/articles/{articleId}/attachments/{attachmentId}/content',
    thumbnail: '/api/v1/orgs/{orgId}/docs/articles/{articleId}/attachments/{attachmentId}/thumbnail',
  },
  asset: {
    list: '/api/v1/orgs/{orgId}/assets/{assetId}/attachments',
    item: '/api/v1/orgs/{orgId}/assets/{assetId}/attachments/{attachmentId}',
    content: '/api/v1/orgs/{orgId}/assets/{assetId}/attachments/{attachmentId}/content',
    thumbnail: '/api/v1/orgs/{orgId}/assets/{assetId}/attachments/{attachmentId}/thumbnail',
  },
  credential: {
    list: '/api/v1/orgs/{orgId}/vault/credentials/{credentialId}/attachments',
    item: '/api/v1/orgs/{orgId}/vault/credentials/{credentialId}/attachments/{attachmentId}',
    content: '/api/v1/orgs/{orgId}/vault/credentials/{credentialId}/attachments/{attachmentId}/content',
    thumbnail: '/api/v1/orgs/{orgId}/vault/credentials/{credentialId}/attachments/{attachmentId}/thumbnail',
  },
} as const;

/** The path parameters of a parent's routes (each route uses the parent id name it declares). */
export function parentPath(parent: AttachmentParent) {
  return { orgId: parent.orgId, articleId: parent.id, assetId: parent.id, credentialId: parent.id };
}

/** What reading, changing and downloading a parent's files needs (the API checks every call itself). */
export const attachmentPermissions: Record<AttachmentParentType, { write: string; download: string | null }> = {
  article: { write: 'docs.write', download: null },
  asset: { write: 'assets.write', download: null },
  // A credential's files are secret material: downloading (and the thumbnail) needs vault.reveal and re-authentication.
  credential: { write: 'vault.write', download: 'vault.reveal' },
};
