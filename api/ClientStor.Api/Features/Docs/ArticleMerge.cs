using DiffPlex;
using DiffPlex.Chunkers;

namespace ClientStor.Api.Features.Docs;

/// <summary>
/// A run of a three-way merge: text both sides agree on (or only one side changed), or a conflict where both changed the
/// same lines differently — with the base's, your and their lines for the reader to choose from.
/// </summary>
public sealed record MergePart(string Kind, string Text, string? Base = null, string? Yours = null, string? Theirs = null)
{
    public const string Merged = "merged", Conflict = "conflict";
}

/// <summary>
/// Line-based three-way merge (diff3) of an edit made on an older revision with the revision saved since: what an editor
/// offers when a save is refused with 412. Built on DiffPlex's two-way line diffs of each side against the base, because
/// its own three-way merge silently kept one side where both changed a line next to a deletion (a lost edit). Changes
/// that touch or overlap are one region: taken from the side that changed it, or a conflict when both did differently —
/// never a silent choice.
/// </summary>
public static class ArticleMerge
{
    private sealed record Hunk(bool Yours, int BaseStart, int BaseEnd, int SideStart, int SideEnd);

    public static List<MergePart> Merge(string baseText, string yours, string theirs)
    {
        var chunker = new LineEndingsPreservingChunker();
        var lines = chunker.Chunk(baseText);
        var yourLines = chunker.Chunk(yours);
        var theirLines = chunker.Chunk(theirs);
        IEnumerable<Hunk> Hunks(string side, bool isYours) =>
            Differ.Instance.CreateDiffs(baseText, side, ignoreWhiteSpace: false, ignoreCase: false, chunker).DiffBlocks
                .Select(b => new Hunk(isYours, b.DeleteStartA, b.DeleteStartA + b.DeleteCountA, b.InsertStartB, b.InsertStartB + b.InsertCountB));
        var hunks = Hunks(yours, true).Concat(Hunks(theirs, false)).OrderBy(h => h.BaseStart).ThenBy(h => h.BaseEnd).ToList();

        var parts = new List<MergePart>();
        void Add(string kind, string text, string? b = null, string? y = null, string? t = null)
        {
            if (kind == MergePart.Merged && parts.Count > 0 && parts[^1].Kind == MergePart.Merged)
                parts[^1] = parts[^1] with { Text = parts[^1].Text + text };
            else if (kind == MergePart.Conflict || text.Length > 0)
                parts.Add(new MergePart(kind, text, b, y, t));
        }
        string Slice(IReadOnlyList<string> of, int from, int to) => string.Concat(of.Skip(from).Take(to - from));

        var pos = 0;
        int yourShift = 0, theirShift = 0; // side index minus base index, before the current region
        for (var i = 0; i < hunks.Count;)
        {
            var start = hunks[i].BaseStart;
            var end = hunks[i].BaseEnd;
            var group = new List<Hunk> { hunks[i++] };
            while (i < hunks.Count && hunks[i].BaseStart <= end)
            {
                end = Math.Max(end, hunks[i].BaseEnd);
                group.Add(hunks[i++]);
            }
            Add(MergePart.Merged, Slice(lines, pos, start));
            string SideText(bool isYours, IReadOnlyList<string> side, ref int shift)
            {
                var own = group.Where(h => h.Yours == isYours).ToList();
                if (own.Count == 0)
                    return Slice(lines, start, end);
                var from = start + shift;
                shift += own.Sum(h => (h.SideEnd - h.SideStart) - (h.BaseEnd - h.BaseStart));
                return Slice(side, from, end + shift);
            }
            var yourChanged = group.Any(h => h.Yours);
            var theirChanged = group.Any(h => !h.Yours);
            var baseRegion = Slice(lines, start, end);
            var yourText = SideText(true, yourLines, ref yourShift);
            var theirText = SideText(false, theirLines, ref theirShift);
            if (!theirChanged || yourText == theirText)
                Add(MergePart.Merged, yourText);
            else if (!yourChanged)
                Add(MergePart.Merged, theirText);
            else
                Add(MergePart.Conflict, "", baseRegion, yourText, theirText);
            pos = end;
        }
        Add(MergePart.Merged, Slice(lines, pos, lines.Count));
        return parts;
    }
}
