using DiffPlex;
using DiffPlex.Chunkers;

namespace ClientStor.Api.Features.Docs;

/// <summary>A run of text that is the same in both revisions (<c>equal</c>), only in the newer (<c>insert</c>) or only in the older (<c>delete</c>).</summary>
public sealed record DiffPart(string Op, string Text);

/// <summary>Word-level differences between two texts (DiffPlex), as runs a reader can show inline.</summary>
public static class ArticleDiff
{
    public const string Equal = "equal", Insert = "insert", Delete = "delete";

    /// <summary>
    /// Words are what whitespace separates: DiffPlex's own word chunker also splits at '.', '-' and the like, so a version
    /// number or a Markdown list marker came apart into fragments removed and re-added.
    /// </summary>
    private static readonly DelimiterChunker Chunker = new([' ', '\t', '\n', '\r']);

    public static List<DiffPart> Words(string older, string newer)
    {
        var result = Differ.Instance.CreateDiffs(older, newer, ignoreWhiteSpace: false, ignoreCase: false, Chunker);
        var parts = new List<DiffPart>();
        void Add(string op, IEnumerable<string> pieces)
        {
            var text = string.Concat(pieces);
            if (text.Length == 0) return;
            if (parts.Count > 0 && parts[^1].Op == op)
                parts[^1] = parts[^1] with { Text = parts[^1].Text + text };
            else
                parts.Add(new DiffPart(op, text));
        }
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(Equal, result.PiecesOld.Skip(a).Take(block.DeleteStartA - a));
            Add(Delete, result.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA));
            Add(Insert, result.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB));
            a = block.DeleteStartA + block.DeleteCountA;
        }
        Add(Equal, result.PiecesOld.Skip(a));
        return parts;
    }
}
