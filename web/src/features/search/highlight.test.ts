import { describe, expect, it } from 'vitest';
import { highlightParts } from './highlight';

describe('highlightParts', () => {
  it('marks the first occurrence, whatever the case', () => {
    expect(highlightParts('Core Switch 01', 'switch')).toEqual([
      { text: 'Core ', match: false },
      { text: 'Switch', match: true },
      { text: ' 01', match: false },
    ]);
  });

  it('finds a MAC address typed in another notation', () => {
    expect(highlightParts('AA:BB:CC:DD:EE:FF', 'bbcc-dd')).toEqual([
      { text: 'AA:', match: false },
      { text: 'BB:CC:DD', match: true },
      { text: ':EE:FF', match: false },
    ]);
  });

  it('leaves the text whole when nothing matches', () => {
    expect(highlightParts('10.0.0.1', 'printer')).toEqual([{ text: '10.0.0.1', match: false }]);
  });
});
