import { errorMessage, isApiError } from '../../lib/problem';
import { UploadCancelled } from './uploadAttachment';

// The upload guard's refusals (`upload-<reason>` problem types): what happened, in words; the API's detail says more.
const refusals: Record<string, string> = {
  'too-large': 'The file is too large.',
  'quota-exceeded': 'This client’s storage quota is used up.',
  'extension-not-allowed': 'This type of file is not accepted.',
  'type-mismatch': 'The file’s contents do not match its name.',
  executable: 'Programs and scripts cannot be attached.',
  'unsafe-archive': 'The archive was refused as unsafe.',
  infected: 'The virus scanner found malware in this file.',
  'scanner-unavailable': 'The virus scanner is unavailable, so uploads are refused for now. Try again later.',
};

const byStatus: Record<number, string> = {
  413: 'The file is too large.',
  422: 'The file was refused.',
  503: 'The server cannot take files right now. Try again later.',
  403: 'You may not attach files here.',
};

/** A refused upload in one or two sentences: what happened (from the problem type or status), then the API's detail. */
export function uploadErrorMessage(error: unknown): string {
  if (error instanceof UploadCancelled) return 'Cancelled.';
  if (!isApiError(error)) return errorMessage(error);
  const reason = error.problem.type?.split('/').pop()?.replace(/^upload-/, '') ?? '';
  const headline = refusals[reason] ?? byStatus[error.status];
  const detail = error.problem.detail?.trim();
  if (!headline) return errorMessage(error);
  return detail && detail !== headline ? `${headline} ${detail}` : headline;
}
