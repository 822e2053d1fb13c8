import { describe, expect, it } from 'vitest';
import { folderTree } from './folders';
import { orderSecretFields, secretLabel, summariseSecrets } from './secretFields';
import { folderEmpty, folderNetwork, folderSwitches } from './testData';

describe('secret fields', () => {
  it('names, orders and counts them', () => {
    expect(orderSecretFields(['custom:b', 'otpSeed', 'custom:a', 'password'])).toEqual(['password', 'otpSeed', 'custom:a', 'custom:b']);
    expect(['password', 'otpSeed', 'custom:API token'].map(secretLabel)).toEqual(['Password', 'TOTP seed', 'API token']);
    expect(summariseSecrets(['custom:a', 'custom:b', 'otpSeed'])).toEqual({ password: false, totp: true, custom: 2 });
  });
});

describe('folderTree', () => {
  it('puts sub-folders under their parent, siblings by name', () => {
    const tree = folderTree([folderSwitches, folderNetwork, folderEmpty]);
    expect(tree.map((n) => [n.folder.name, n.depth, n.hasChildren])).toEqual([
      ['Archive', 0, false],
      ['Network', 0, true],
      ['Switches', 1, false],
    ]);
  });

  it('survives a parent cycle', () => {
    const a = { ...folderNetwork, id: 'a', name: 'A', parentId: 'b' };
    const b = { ...folderNetwork, id: 'b', name: 'B', parentId: 'a' };
    expect(folderTree([a, b]).map((n) => n.folder.id).sort()).toEqual(['a', 'b']);
  });
});
