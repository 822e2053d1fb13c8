import { describe, expect, it } from 'vitest';
import { createCredentialBody, credentialFormValues, emptyCredentialForm, updateCredentialBody } from './credentialBody';
import { router, wifi } from './testData';

describe('createCredentialBody', () => {
  it('sends only what was filled in', () => {
    expect(createCredentialBody({ ...emptyCredentialForm, name: ' Wi-Fi ', tags: ' , ', notes: '  ' })).toEqual({ name: 'Wi-Fi' });
  });

  it('skips empty custom rows but keeps named ones', () => {
    const body = createCredentialBody({
      ...emptyCredentialForm,
      name: 'x',
      customSecrets: [
        { key: 'a', name: '', value: '' },
        { key: 'b', name: ' PIN ', value: '' },
      ],
    });
    expect(body.customSecrets).toEqual({ PIN: '' });
  });
});

describe('updateCredentialBody', () => {
  it('is empty when nothing changed, whatever the tag order', () => {
    expect(updateCredentialBody(router, { ...credentialFormValues(router), tags: 'prod, network' })).toEqual({});
    expect(updateCredentialBody(wifi, credentialFormValues(wifi))).toEqual({});
  });

  it('moves to a folder, changes tags and ignores secrets ticked for removal', () => {
    const values = {
      ...credentialFormValues(wifi),
      folderId: 'f-network',
      tags: 'guest',
      password: 'typed then removed',
      removeSecrets: ['password', 'otpSeed'],
    };
    // otpSeed is not stored on this credential, so it is not sent for removal.
    expect(updateCredentialBody(wifi, values)).toEqual({ folderId: 'f-network', tags: ['guest'], removeSecrets: ['password'] });
  });
});
