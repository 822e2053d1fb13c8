import { describe, expect, it } from 'vitest';
import { hasConflictMarkers, mergedText, resolveConflict, unresolvedConflicts } from './merge';

const clean = [{ kind: 'merged', text: '# Firewall\nVLAN 10\nVLAN 20\n' }];
const conflicted = [
  { kind: 'merged', text: '# Firewall\n' },
  { kind: 'conflict', text: '', base: 'Port 443\n', yours: 'Port 8443\n', theirs: 'Port 9443\n' },
  { kind: 'merged', text: 'End' },
];

describe('mergedText', () => {
  it('joins a clean merge as it is', () => {
    expect(mergedText(clean, 4)).toEqual({ text: '# Firewall\nVLAN 10\nVLAN 20\n', conflicts: [] });
  });

  it('marks each conflict with your and their lines, naming their revision', () => {
    const { text, conflicts } = mergedText(conflicted, 4);
    expect(text).toBe('# Firewall\n<<<<<<< yours\nPort 8443\n=======\nPort 9443\n>>>>>>> theirs (revision 4)\nEnd');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ base: 'Port 443\n', yours: 'Port 8443\n', theirs: 'Port 9443\n' });
    expect(hasConflictMarkers(text)).toBe(true);
  });

  it('starts a block on its own line, and marks a side that deleted the lines as empty', () => {
    const { text } = mergedText([{ kind: 'merged', text: 'Intro' }, { kind: 'conflict', text: '', base: 'a', yours: '', theirs: 'b' }], 2);
    expect(text).toBe('Intro\n<<<<<<< yours\n=======\nb\n>>>>>>> theirs (revision 2)\n');
  });
});

describe('resolveConflict', () => {
  const { text, conflicts } = mergedText(conflicted, 4);

  it('keeps mine, theirs, or both, exactly as each side wrote them', () => {
    expect(resolveConflict(text, conflicts[0], 'yours')).toBe('# Firewall\nPort 8443\nEnd');
    expect(resolveConflict(text, conflicts[0], 'theirs')).toBe('# Firewall\nPort 9443\nEnd');
    expect(resolveConflict(text, conflicts[0], 'both')).toBe('# Firewall\nPort 8443\nPort 9443\nEnd');
    expect(hasConflictMarkers(resolveConflict(text, conflicts[0], 'yours'))).toBe(false);
  });

  it('counts a block edited by hand as resolved, and leaves the text alone then', () => {
    const edited = text.replace('Port 9443', 'Port 10443');
    expect(unresolvedConflicts(text, conflicts)).toHaveLength(1);
    expect(unresolvedConflicts(edited, conflicts)).toEqual([]);
    expect(resolveConflict(edited, conflicts[0], 'yours')).toBe(edited);
    // The markers are still there: not finished yet.
    expect(hasConflictMarkers(edited)).toBe(true);
  });
});
