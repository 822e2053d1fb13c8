import { collapseUnchanged } from '../diff';
import type { DiffPart } from '../types';
import './prose.css';

/**
 * A word diff inline: insertions underlined on green, deletions struck through on red, each labelled for screen
 * readers; long unchanged stretches are folded to the lines around the changes.
 */
export function DiffView({ parts, label }: { parts: readonly DiffPart[]; label: string }) {
  return (
    // Focusable: a long diff scrolls inside its box, also from the keyboard.
    <div className="article-diff bg-body text-body border rounded p-3 mb-3" role="region" aria-label={label} tabIndex={0}>
      {collapseUnchanged(parts).map((part, i) =>
        part.op === 'skip' ? (
          <span key={i} className="article-diff-skip">
            {part.lines} unchanged lines
          </span>
        ) : part.op === 'insert' ? (
          <ins key={i}>
            <span className="visually-hidden">[added: </span>
            {part.text}
            <span className="visually-hidden">]</span>
          </ins>
        ) : part.op === 'delete' ? (
          <del key={i}>
            <span className="visually-hidden">[removed: </span>
            {part.text}
            <span className="visually-hidden">]</span>
          </del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </div>
  );
}

/** The key to the diff's marks, in words. */
export function DiffLegend() {
  return (
    <p className="small text-body-secondary article-diff-legend mb-2">
      <span className="article-diff d-inline" style={{ fontFamily: 'inherit' }}>
        <ins>Underlined text</ins> was added, <del>struck-through text</del> was removed.
      </span>
    </p>
  );
}
