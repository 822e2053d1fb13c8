import { describe, expect, it } from 'vitest';
import {
  allowlistAllows,
  allowlistMessages,
  allowlistProblemErrors,
  entryForAddress,
  entryProblem,
  parseAllowlist,
  parseNetwork,
  validateAllowlist,
} from './allowlist';

describe('parseNetwork', () => {
  it('reads IPv4 and IPv6 addresses and networks', () => {
    expect(parseNetwork('203.0.113.0/24')).toEqual({ bytes: [203, 0, 113, 0], prefix: 24 });
    expect(parseNetwork(' 198.51.100.7 ')).toEqual({ bytes: [198, 51, 100, 7], prefix: 32 });
    expect(parseNetwork('2001:db8::/32')).toEqual({ bytes: [0x20, 0x01, 0x0d, 0xb8, ...new Array<number>(12).fill(0)], prefix: 32 });
    expect(parseNetwork('::1')?.prefix).toBe(128);
    expect(parseNetwork('::ffff:192.0.2.1')?.bytes.slice(10)).toEqual([0xff, 0xff, 192, 0, 2, 1]);
    expect(parseNetwork('1:2:3:4:5:6:7:8/128')?.bytes[15]).toBe(8);
  });

  it('rejects garbage', () => {
    for (const bad of ['', 'localhost', '10.0.0', '10.0.0.256', '10.0.0.0/33', '10.0.0.0/', '10.0.0.0/-1', '1::2::3', '1:2:3:4:5:6:7:8:9', 'fe80::1%eth0', '::/129', 'a.b.c.d']) {
      expect(parseNetwork(bad), bad).toBeNull();
    }
  });
});

describe('entryProblem', () => {
  it('accepts networks with host bits zero and single addresses', () => {
    expect(entryProblem('10.0.0.0/8')).toBeNull();
    expect(entryProblem('127.0.0.1')).toBeNull();
    expect(entryProblem('0.0.0.0/0')).toBeNull();
    expect(entryProblem('2001:db8::/48')).toBeNull();
  });

  it('names the network when host bits are set, as the API refuses those', () => {
    expect(entryProblem('10.0.0.1/8')).toBe("'10.0.0.1/8' has host bits set: the network is 10.0.0.0/8.");
    expect(entryProblem('192.168.1.77/28')).toBe("'192.168.1.77/28' has host bits set: the network is 192.168.1.64/28.");
    expect(entryProblem('2001:db8::1/32')).toBe("'2001:db8::1/32' has host bits set: the network is 2001:db8::/32.");
    expect(entryProblem('nope')).toBe("'nope' is not an IP address or CIDR network.");
  });
});

describe('allowlist', () => {
  it('splits lines, trims and drops blanks', () => {
    expect(parseAllowlist(' 10.0.0.0/8 \r\n\n  \n::1\n')).toEqual(['10.0.0.0/8', '::1']);
  });

  it('suggests the exact entry for an address', () => {
    expect(entryForAddress('203.0.113.7')).toBe('203.0.113.7/32');
    expect(entryForAddress('2001:db8::7')).toBe('2001:db8::7/128');
  });

  it('knows whether a list allows an address', () => {
    expect(allowlistAllows(['10.0.0.0/8'], '10.200.3.4')).toBe(true);
    expect(allowlistAllows(['10.0.0.0/8'], '11.0.0.1')).toBe(false);
    expect(allowlistAllows(['198.51.100.7'], '198.51.100.7')).toBe(true);
    expect(allowlistAllows(['2001:db8::/32'], '2001:db8:1::5')).toBe(true);
    expect(allowlistAllows(['2001:db8::/32'], '10.0.0.1')).toBe(false);
    expect(allowlistAllows(['0.0.0.0/0'], '127.0.0.1')).toBe(true);
    expect(allowlistAllows(['garbage'], '127.0.0.1')).toBe(false);
    expect(allowlistAllows([], '127.0.0.1')).toBe(false);
  });

  it('validates like the API: entries, length, and not locking you out', () => {
    expect(validateAllowlist([], '203.0.113.7')).toEqual({ list: [], entries: {}, other: [] });
    expect(validateAllowlist(['203.0.113.0/24'], '203.0.113.7')).toEqual({ list: [], entries: {}, other: [] });
    expect(validateAllowlist(['10.0.0.0/8'], null).list).toEqual([]);
    expect(validateAllowlist(['10.0.0.0/8'], '203.0.113.7').list[0]).toMatch(/^Your current address 203\.0\.113\.7 is not in the list.*e\.g\. 203\.0\.113\.7\/32/);
    // Malformed entries are reported first; the lock-out check waits until they are fixed.
    expect(validateAllowlist(['10.0.0.0/8', 'x'], '203.0.113.7')).toEqual({
      list: [],
      entries: { 1: ["'x' is not an IP address or CIDR network."] },
      other: [],
    });
    const tooMany = Array.from({ length: 101 }, (_, i) => `10.0.${i}.0/24`);
    expect(validateAllowlist(tooMany, null).list).toEqual(['At most 100 networks.']);
  });

  it('sorts the API’s errors into list, entry and other messages', () => {
    const errors = allowlistProblemErrors({
      title: 'One or more fields are invalid.',
      errors: { adminAllowedIps: ['locks you out'], 'adminAllowedIps[2]': ['bad two'], 'AdminAllowedIps[0]': 'bad zero', requireMfa: ['odd'] },
    });
    expect(errors).toEqual({ list: ['locks you out'], entries: { 0: ['bad zero'], 2: ['bad two'] }, other: ['odd'] });
    expect(allowlistMessages(errors)).toEqual(['locks you out', 'Line 1: bad zero', 'Line 3: bad two']);
    expect(allowlistProblemErrors({ title: 'Bad', detail: 'Too big.' })).toEqual({ list: [], entries: {}, other: ['Too big.'] });
  });
});
