import { describe, expect, it } from 'vitest';
import { assetFormValues, createAssetBody, parseMacs, updateAssetBody } from './assetBody';
import { assetTypes, cctvType, coreSwitch, lobbyCamera } from './testData';

const switchType = assetTypes.find((t) => t.key === 'switch');

describe('asset form values and bodies', () => {
  it('parses MAC addresses one per line', () => {
    expect(parseMacs('aa:bb:cc:dd:ee:ff\n\n AA-BB-CC-DD-EE-00 ,aa:bb:cc:dd:ee:ff')).toEqual(['aa:bb:cc:dd:ee:ff', 'AA-BB-CC-DD-EE-00']);
  });

  it('leaves empty fields out of a new asset and never sends custom fields for a built-in type', () => {
    const values = { ...assetFormValues(coreSwitch, switchType), customFields: { resolution: 'x' } };
    expect(createAssetBody({ ...values, serial: ' ', notes: '', tags: '', macAddresses: '' }, switchType)).toEqual({
      type: 'switch',
      name: 'Core switch',
      manufacturer: 'Cisco',
      model: 'C9300',
      status: 'active',
      locationId: 'l-rack',
      contactId: 'c-alice',
      purchaseDate: '2024-01-10',
      warrantyExpires: '2020-01-31',
    });
  });

  it('round-trips stored custom values without changes', () => {
    const values = assetFormValues(lobbyCamera, cctvType);
    expect(values.customFields).toEqual({ resolution: '1080p', fps: '25', installed: '', outdoor: true, mount: 'ceiling', portal: 'https://cam.example.test' });
    expect(updateAssetBody(lobbyCamera, values, cctvType)).toEqual({});
  });

  it('names emptied fields in clear, sends changed ones and cleared custom values as null', () => {
    const values = {
      ...assetFormValues(coreSwitch, switchType),
      serial: ' ',
      model: 'C9500 ',
      notes: '  ',
      locationId: '',
      contactId: '',
      warrantyExpires: '',
      macAddresses: 'aa:bb:cc:dd:ee:01\naa:bb:cc:dd:ee:02',
    };
    expect(updateAssetBody(coreSwitch, values, switchType)).toEqual({
      model: 'C9500',
      clear: ['serial', 'notes', 'locationId', 'contactId', 'warrantyExpires'],
      macAddresses: ['aa:bb:cc:dd:ee:01', 'aa:bb:cc:dd:ee:02'],
    });
    const camera = assetFormValues(lobbyCamera, cctvType);
    expect(updateAssetBody(lobbyCamera, { ...camera, customFields: { ...camera.customFields, resolution: ' ', fps: '12.5' } }, cctvType)).toEqual({
      customFields: { resolution: null, fps: 12.5 },
    });
  });

  it('sends nothing for a field that is already empty, and a value instead of clear when one is chosen', () => {
    // The camera has no contact, dates or notes: leaving them empty (or typing only spaces) is no change.
    const camera = assetFormValues(lobbyCamera, cctvType);
    expect(updateAssetBody(lobbyCamera, { ...camera, notes: '   ', contactId: '', purchaseDate: '' }, cctvType)).toEqual({});
    expect(updateAssetBody(lobbyCamera, { ...camera, contactId: 'c-alice', purchaseDate: '2025-05-01', locationId: 'l-rack' }, cctvType)).toEqual({
      locationId: 'l-rack',
      contactId: 'c-alice',
      purchaseDate: '2025-05-01',
    });
  });
});
