import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/problem';
import { assetFormErrors, assetTypeFormErrors } from './formErrors';

describe('asset form errors', () => {
  it('splits custom field errors from the others and drops list indices', () => {
    const error = new ApiError(400, {
      title: 'One or more fields are invalid.',
      detail: 'Correct the fields listed in errors.',
      errors: { 'customFields.fps': ['Frames per second must be a number.'], 'macAddresses[2]': ["'x' is not a MAC address."], Name: ['Give the asset a name.'] },
    });
    expect(assetFormErrors(error)).toEqual({
      fieldErrors: { macAddresses: ["'x' is not a MAC address."], name: ['Give the asset a name.'] },
      formErrors: [],
      customFields: { fps: ['Frames per second must be a number.'] },
    });
  });

  it('shows no summary when only custom fields are wrong, and sends a 403 to the alert', () => {
    const onlyCustom = new ApiError(400, { title: 'Invalid.', errors: { 'customFields.a': ['A is required.'] } });
    expect(assetFormErrors(onlyCustom)).toEqual({ fieldErrors: {}, formErrors: [], customFields: { a: ['A is required.'] } });
    expect(assetFormErrors(new ApiError(403, { title: 'Forbidden.', detail: 'No.' }))).toEqual({ fieldErrors: {}, formErrors: ['No.'], customFields: {} });
    expect(assetFormErrors(null)).toBeNull();
  });

  it('puts type builder errors on their field rows', () => {
    const error = new ApiError(400, { errors: { 'fields[1].options': ['Needs options.'], 'fields[0].Key': ['Bad key.'], name: ['Give the type a name.'] } });
    expect(assetTypeFormErrors(error)).toEqual({
      fieldErrors: { name: ['Give the type a name.'] },
      formErrors: [],
      rows: { 0: { key: ['Bad key.'] }, 1: { options: ['Needs options.'] } },
    });
  });
});
