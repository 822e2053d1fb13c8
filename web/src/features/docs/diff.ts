import type { DiffPart } from './types';

export type DiffOp = 'equal' | 'insert' | 'delete';

/** Adjacent parts of the same kind as one, and empty parts dropped: fewer, longer marks read better. */
export function mergeDiffParts(parts: readonly DiffPart[]): { op: DiffOp; text: string }[] {
  const merged: { op: DiffOp; text: string }[] = [];
  for (const part of parts) {
    if (!part.text) continue;
    const op: DiffOp = part.op === 'insert' || part.op === 'delete' ? part.op : 'equal';
    const last = merged[merged.length - 1];
    if (last && last.op === op) last.text += part.text;
    else merged.push({ op, text: part.text });
  }
  return merged;
}

export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((p) => (p.op === 'insert' || p.op === 'delete') && p.text.length > 0);
}

/** "3 words added, 1 removed", "No change to the text". */
export function diffStats(insertions: number, deletions: number): string {
  if (insertions === 0 && deletions === 0) return 'No change to the text';
  const words = (n: number) => `${n} word${n === 1 ? '' : 's'}`;
  if (deletions === 0) return `${words(insertions)} added`;
  if (insertions === 0) return `${words(deletions)} removed`;
  return `${words(insertions)} added, ${deletions} removed`;
}
