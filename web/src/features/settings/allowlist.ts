import type { ProblemDetails } from '../../lib/problem';

/** The API's limit on the admin allowlist. */
export const MAX_ALLOWLIST_ENTRIES = 100;

/** An address or CIDR network as bytes: 4 for IPv4, 16 for IPv6; a bare address has the full prefix. */
export interface Network {
  bytes: number[];
  prefix: number;
}

function parseIpv4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p))) return null;
  const bytes = parts.map(Number);
  return bytes.every((b) => b <= 255) ? bytes : null;
}

function parseIpv6(text: string): number[] | null {
  if (!/^[0-9a-fA-F:.]+$/.test(text)) return null;
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groups = (half: string): number[] | null => {
    if (half === '') return [];
    const words: number[] = [];
    const parts = half.split(':');
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      // The last group may be an embedded IPv4 address (::ffff:192.0.2.1).
      if (i === parts.length - 1 && part.includes('.')) {
        const v4 = parseIpv4(part);
        if (!v4) return null;
        words.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(part)) {
        words.push(parseInt(part, 16));
      } else {
        return null;
      }
    }
    return words;
  };
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  if (!head || !tail) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const words = [...head, ...Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
  return words.flatMap((w) => [w >> 8, w & 0xff]);
}

/** An IPv4 or IPv6 address; null when it is neither. */
export function parseAddress(text: string): number[] | null {
  const t = text.trim();
  return t.includes(':') ? parseIpv6(t) : parseIpv4(t);
}

/** `203.0.113.0/24`, `2001:db8::/32` or a single address; null when malformed (host bits are checked separately). */
export function parseNetwork(text: string): Network | null {
  const t = text.trim();
  const slash = t.indexOf('/');
  const bytes = parseAddress(slash < 0 ? t : t.slice(0, slash));
  if (!bytes) return null;
  const max = bytes.length * 8;
  if (slash < 0) return { bytes, prefix: max };
  const prefixText = t.slice(slash + 1);
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > max) return null;
  return { bytes, prefix: Number(prefixText) };
}

function bit(bytes: number[], index: number): number {
  return (bytes[index >> 3] >> (7 - (index & 7))) & 1;
}

/** The network with its host bits cleared (what `10.0.0.1/8` was probably meant to be). */
export function networkBase(network: Network): number[] {
  return network.bytes.map((b, i) => {
    const keep = Math.min(8, Math.max(0, network.prefix - i * 8));
    return b & ((0xff << (8 - keep)) & 0xff);
  });
}

function formatBytes(bytes: number[]): string {
  if (bytes.length === 4) return bytes.join('.');
  const words = Array.from({ length: 8 }, (_, i) => (bytes[2 * i] << 8) | bytes[2 * i + 1]);
  // RFC 5952: the longest run (two or more) of zero groups becomes "::".
  let best = { start: -1, length: 0 };
  for (let i = 0; i < 8; ) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > best.length) best = { start: i, length: j - i };
    i = j;
  }
  const hex = words.map((w) => w.toString(16));
  if (best.length < 2) return hex.join(':');
  return `${hex.slice(0, best.start).join(':')}::${hex.slice(best.start + best.length).join(':')}`;
}

/** Whether `address` lies inside `network` (same address family only). */
export function networkContains(network: Network, address: number[]): boolean {
  if (network.bytes.length !== address.length) return false;
  for (let i = 0; i < network.prefix; i++) if (bit(network.bytes, i) !== bit(address, i)) return false;
  return true;
}

/** Why one allowlist entry would be refused by the API, or null when it looks fine. */
export function entryProblem(entry: string): string | null {
  const network = parseNetwork(entry);
  if (!network) return `'${entry}' is not an IP address or CIDR network.`;
  const base = networkBase(network);
  if (base.some((b, i) => b !== network.bytes[i])) {
    return `'${entry}' has host bits set: the network is ${formatBytes(base)}/${network.prefix}.`;
  }
  return null;
}

/** The textarea's lines as the list to send: trimmed, blank lines dropped. */
export function parseAllowlist(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The entry that allows exactly this address: /32 for IPv4, /128 for IPv6. */
export function entryForAddress(address: string): string {
  return `${address}/${address.includes(':') ? 128 : 32}`;
}

/** Whether some entry of the list allows `address` (malformed entries allow nothing). */
export function allowlistAllows(entries: string[], address: string): boolean {
  const ip = parseAddress(address);
  if (!ip) return false;
  return entries.some((entry) => {
    const network = parseNetwork(entry);
    return network !== null && networkContains({ bytes: networkBase(network), prefix: network.prefix }, ip);
  });
}

export interface AllowlistErrors {
  /** About the list as a whole (too long, would lock you out). */
  list: string[];
  /** Per entry, by 0-based index in the list sent (= line in the normalised textarea). */
  entries: Record<number, string[]>;
  /** Anything else the API said. */
  other: string[];
}

export const noAllowlistErrors: AllowlistErrors = { list: [], entries: {}, other: [] };

export function hasAllowlistErrors(errors: AllowlistErrors): boolean {
  return errors.list.length > 0 || Object.keys(errors.entries).length > 0 || errors.other.length > 0;
}

function lockoutMessage(address: string): string {
  return `Your current address ${address} is not in the list: saving it would lock you out of administration. Add it (e.g. ${entryForAddress(address)}) or the network you work from.`;
}

/**
 * What the API would refuse, checked before sending: the save asks for the password again, which is pointless
 * for a list that cannot be saved. An empty list is always fine (no restriction).
 */
export function validateAllowlist(entries: string[], yourAddress: string | null): AllowlistErrors {
  const errors: AllowlistErrors = { list: [], entries: {}, other: [] };
  entries.forEach((entry, i) => {
    const problem = entryProblem(entry);
    if (problem) errors.entries[i] = [problem];
  });
  if (entries.length > MAX_ALLOWLIST_ENTRIES) errors.list.push(`At most ${MAX_ALLOWLIST_ENTRIES} networks.`);
  const entriesValid = Object.keys(errors.entries).length === 0;
  if (entries.length > 0 && entriesValid && yourAddress && parseAddress(yourAddress) && !allowlistAllows(entries, yourAddress)) {
    errors.list.push(lockoutMessage(yourAddress));
  }
  return errors;
}

const entryKey = /^\$?\.?adminAllowedIps\[(\d+)\]$/i;

/** Sorts a 400's `errors` into list-level, per-entry (`adminAllowedIps[1]`) and other messages. */
export function allowlistProblemErrors(problem: ProblemDetails | null | undefined): AllowlistErrors {
  const errors: AllowlistErrors = { list: [], entries: {}, other: [] };
  for (const [key, value] of Object.entries(problem?.errors ?? {})) {
    const messages = (Array.isArray(value) ? value : [value]).filter((m): m is string => typeof m === 'string' && m.length > 0);
    const index = entryKey.exec(key);
    if (index) errors.entries[Number(index[1])] = [...(errors.entries[Number(index[1])] ?? []), ...messages];
    else if (/^\$?\.?adminAllowedIps$/i.test(key)) errors.list.push(...messages);
    else errors.other.push(...messages);
  }
  if (!hasAllowlistErrors(errors)) {
    const summary = problem?.detail || problem?.title;
    if (summary) errors.other.push(summary);
  }
  return errors;
}

/** Every message as one list for the field: list-level first, then "Line n: …" per entry. */
export function allowlistMessages(errors: AllowlistErrors): string[] {
  const perEntry = Object.entries(errors.entries)
    .sort(([a], [b]) => Number(a) - Number(b))
    .flatMap(([index, messages]) => messages.map((m) => `Line ${Number(index) + 1}: ${m}`));
  return [...errors.list, ...perEntry];
}
