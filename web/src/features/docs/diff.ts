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

export type DiffSegment = { op: DiffOp; text: string } | { op: 'skip'; lines: number };

/**
 * The diff with long unchanged stretches folded to `context` lines on each side of a change: a one-word edit in a
 * long runbook then reads as that word and its neighbourhood, with "12 unchanged lines" in between.
 */
export function collapseUnchanged(parts: readonly DiffPart[], context = 2): DiffSegment[] {
  const merged = mergeDiffParts(parts);
  const segments: DiffSegment[] = [];
  merged.forEach((part, i) => {
    if (part.op !== 'equal') {
      segments.push(part);
      return;
    }
    const lines = part.text.split('\n');
    // The first line ends the line a change sits on, the last starts the next change's line: both count as context.
    const head = i > 0 ? context + 1 : 0;
    const tail = i < merged.length - 1 ? context + 1 : 0;
    const skipped = lines.length - head - tail;
    if (skipped < 2) {
      segments.push(part);
      return;
    }
    if (head > 0) segments.push({ op: 'equal', text: `${lines.slice(0, head).join('\n')}\n` });
    segments.push({ op: 'skip', lines: skipped });
    if (tail > 0) segments.push({ op: 'equal', text: lines.slice(lines.length - tail).join('\n') });
  });
  return segments;
}
