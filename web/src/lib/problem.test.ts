import { describe, expect, it } from 'vitest';
import { ApiError, errorMessage, hasProblemType, isAdminIpNotAllowed, toFormErrors } from './problem';

const fields = ['name', 'slug', 'notes'] as const;

describe('toFormErrors', () => {
  it('puts camelCase field errors next to their fields', () => {
    const result = toFormErrors(
      { status: 400, title: 'Validation failed', errors: { name: ['Name is required.'], slug: ['Slug is invalid.'] } },
      fields,
    );
    expect(result.fieldErrors).toEqual({ name: ['Name is required.'], slug: ['Slug is invalid.'] });
    expect(result.formErrors).toEqual([]);
  });

  it('normalises PascalCase and JSON-path field names', () => {
    const result = toFormErrors({ errors: { Name: ['a'], '$.slug': ['b'], 'request.Notes': 'c' } }, fields);
    expect(result.fieldErrors).toEqual({ name: ['a'], slug: ['b'], notes: ['c'] });
  });

  it('sends errors for unknown fields to the form alert', () => {
    const result = toFormErrors({ errors: { generalErrors: ['Try again later.'], name: ['Taken.'] } }, fields);
    expect(result.fieldErrors).toEqual({ name: ['Taken.'] });
    expect(result.formErrors).toEqual(['Try again later.']);
  });

  it('uses detail, then title, when there are no errors', () => {
    expect(toFormErrors({ status: 412, title: 'Precondition failed', detail: 'Changed by someone else.' }, fields))
      .toEqual({ fieldErrors: {}, formErrors: ['Changed by someone else.'] });
    expect(toFormErrors({ status: 409, title: 'Conflict' }, fields)).toEqual({ fieldErrors: {}, formErrors: ['Conflict'] });
    expect(toFormErrors(undefined, fields)).toEqual({ fieldErrors: {}, formErrors: [] });
  });

  it('merges duplicate keys and ignores empty messages', () => {
    const result = toFormErrors({ errors: { name: ['one', ''], Name: ['two'] } }, fields);
    expect(result.fieldErrors).toEqual({ name: ['one', 'two'] });
  });
});

describe('errorMessage', () => {
  it('prefers the problem detail', () => {
    expect(errorMessage(new ApiError(500, { title: 'Server error', detail: 'Database unavailable.' }))).toBe('Database unavailable.');
    expect(errorMessage(new ApiError(502, null))).toBe('Request failed with status 502');
    expect(errorMessage('x')).toBe('Something went wrong.');
  });
});

describe('problem types', () => {
  const adminIp = new ApiError(403, {
    type: 'https://clientstor.dev/problems/admin-ip-not-allowed',
    title: 'Address not allowed for administration.',
    detail: "Administration (users, roles, API keys, settings) is only allowed from the platform's admin networks; 198.51.100.9 is not one of them.",
  });

  it('matches the last segment of the type', () => {
    expect(hasProblemType(adminIp, 'admin-ip-not-allowed')).toBe(true);
    expect(hasProblemType(adminIp, 'ip-not-allowed')).toBe(false);
    expect(isAdminIpNotAllowed(adminIp)).toBe(true);
    expect(isAdminIpNotAllowed(new ApiError(403, { type: 'https://clientstor.dev/problems/missing-permission' }))).toBe(false);
    expect(isAdminIpNotAllowed(new Error('x'))).toBe(false);
  });

  it('explains an admin address block and how to get out of it', () => {
    const message = errorMessage(adminIp);
    expect(message).toContain('198.51.100.9 is not one of them.');
    expect(message).toContain('settings clear-admin-allowlist');
    expect(errorMessage(new ApiError(403, { type: 'https://clientstor.dev/problems/admin-ip-not-allowed' }))).toMatch(
      /^Administration is not allowed from your current address\. Connect from an allowed network/,
    );
  });
});
