import { afterEach, describe, expect, it } from 'vitest';
import { columnsStorageKey, defaultColumns, loadColumns } from './columns';

afterEach(() => localStorage.clear());

describe('column choice', () => {
  it('falls back to the defaults for nothing stored or unreadable data, and ignores unknown columns', () => {
    expect(loadColumns('o1')).toEqual(defaultColumns);
    localStorage.setItem(columnsStorageKey('o1'), '{not json');
    expect(loadColumns('o1')).toEqual(defaultColumns);
    localStorage.setItem(columnsStorageKey('o1'), JSON.stringify(['updated', 'secret', 'serial']));
    expect(loadColumns('o1')).toEqual(['serial', 'updated']);
    expect(loadColumns('o2')).toEqual(defaultColumns);
  });
});
