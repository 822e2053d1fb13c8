import type { MergePart } from './types';

/** One place where both sides changed the same lines differently, as it stands in the editor's text. */
export interface MergeConflict {
  /** The marked block in the text: `<<<<<<< yours`, your lines, `=======`, their lines, `>>>>>>> theirs`. */
  block: string;
  base: string;
  yours: string;
  theirs: string;
}

export type ConflictChoice = 'yours' | 'theirs' | 'both';

const endLine = (text: string) => (text === '' || text.endsWith('\n') ? text : `${text}\n`);

/** The marker lines, as Git writes them, so the text reads the same in any editor. */
export const conflictMarkers = {
  yours: '<<<<<<< yours',
  split: '=======',
  theirs: (revision: number) => `>>>>>>> theirs (revision ${revision})`,
};

/**
 * The merge's text for the editor: the merged runs as they are, and each conflict as a marked block with your and
 * their lines (the person keeps one, the other or both, or writes their own); with the conflicts, in order.
 */
export function mergedText(parts: readonly MergePart[], theirRevision: number): { text: string; conflicts: MergeConflict[] } {
  let text = '';
  const conflicts: MergeConflict[] = [];
  for (const part of parts) {
    if (part.kind !== 'conflict') {
      text += part.text;
      continue;
    }
    const yours = part.yours ?? '';
    const theirs = part.theirs ?? '';
    // A block starts on a line of its own even when the text before it has no final line break.
    const lead = text === '' || text.endsWith('\n') ? '' : '\n';
    const block = `${conflictMarkers.yours}\n${endLine(yours)}${conflictMarkers.split}\n${endLine(theirs)}${conflictMarkers.theirs(theirRevision)}\n`;
    text += lead + block;
    conflicts.push({ block, base: part.base ?? '', yours, theirs });
  }
  return { text, conflicts };
}

/** The conflicts whose marked block is still in the text (one resolved by hand, or by a choice, drops out). */
export function unresolvedConflicts(text: string, conflicts: readonly MergeConflict[]): MergeConflict[] {
  return conflicts.filter((c) => text.includes(c.block));
}

/** The text with a conflict's block replaced by the lines chosen; unchanged when the block is no longer there. */
export function resolveConflict(text: string, conflict: MergeConflict, choice: ConflictChoice): string {
  const at = text.indexOf(conflict.block);
  if (at < 0) return text;
  const lines = choice === 'yours' ? conflict.yours : choice === 'theirs' ? conflict.theirs : endLine(conflict.yours) + conflict.theirs;
  return text.slice(0, at) + lines + text.slice(at + conflict.block.length);
}

/** Whether the text still holds a line of conflict markers (a block edited by hand but not finished). */
export function hasConflictMarkers(text: string): boolean {
  return /^(<<<<<<< yours|>>>>>>> theirs \(revision \d+\))$/m.test(text);
}
