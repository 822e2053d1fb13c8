export interface TextPart {
  text: string;
  match: boolean;
}

const separator = /[\s:.\-_]/;

/**
 * `text` cut around the first occurrence of `query`, case-insensitively. A MAC address or serial may be found in
 * another notation (`aabb` in `AA:BB:...`), so when the plain text has no occurrence, separators are ignored.
 */
export function highlightParts(text: string, query: string): TextPart[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [{ text, match: false }];
  const at = text.toLowerCase().indexOf(needle);
  if (at >= 0) return cut(text, at, at + needle.length);

  // Map each kept character back to its index in `text`.
  const kept: number[] = [];
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    if (!separator.test(text[i])) {
      kept.push(i);
      folded += text[i].toLowerCase();
    }
  }
  const bare = needle.replace(new RegExp(separator.source, 'g'), '');
  const start = bare ? folded.indexOf(bare) : -1;
  if (start < 0) return [{ text, match: false }];
  return cut(text, kept[start], kept[start + bare.length - 1] + 1);
}

function cut(text: string, from: number, to: number): TextPart[] {
  return [
    { text: text.slice(0, from), match: false },
    { text: text.slice(from, to), match: true },
    { text: text.slice(to), match: false },
  ].filter((p) => p.text);
}
