import { describe, expect, it } from 'vitest';
import { formatDocumentTitle } from './documentTitle';

describe('formatDocumentTitle', () => {
  it('puts the page first, then the client, then the product', () => {
    expect(formatDocumentTitle('Vault', 'Acme Ltd')).toBe('Vault · Acme Ltd · ClientStor');
  });

  it('leaves out what is unknown', () => {
    expect(formatDocumentTitle('Users', null)).toBe('Users · ClientStor');
    expect(formatDocumentTitle(undefined, 'Acme Ltd')).toBe('Acme Ltd · ClientStor');
    expect(formatDocumentTitle(undefined, undefined)).toBe('ClientStor');
  });

  it('says the client once on its own landing page', () => {
    expect(formatDocumentTitle('Acme Ltd', 'Acme Ltd')).toBe('Acme Ltd · ClientStor');
  });
});
