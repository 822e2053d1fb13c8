using ClientStor.Api.Features.Docs;

namespace ClientStor.Api.Tests.Docs;

/// <summary>The three-way merge an editor offers when someone saved the article while you were editing it.</summary>
public sealed class ArticleMergeTests
{
    private const string Base = "# VPN\n\nPort 51820.\n\nKeys in the vault.\n\nOwner: Ada.\n";

    [Fact]
    public void Changes_to_different_lines_merge_cleanly()
    {
        var parts = ArticleMerge.Merge(Base, Base.Replace("Port 51820.", "Port 51821."), Base.Replace("Owner: Ada.", "Owner: Grace."));
        parts.ShouldAllBe(p => p.Kind == MergePart.Merged);
        string.Concat(parts.Select(p => p.Text)).ShouldBe("# VPN\n\nPort 51821.\n\nKeys in the vault.\n\nOwner: Grace.\n");
    }

    [Fact]
    public void The_same_line_changed_two_ways_is_a_conflict_with_both_versions_and_the_base()
    {
        var parts = ArticleMerge.Merge(Base, Base.Replace("Port 51820.", "Port 51821."), Base.Replace("Port 51820.", "Port 443.").Replace("Owner: Ada.", "Owner: Grace."));
        var conflict = parts.Single(p => p.Kind == MergePart.Conflict);
        conflict.Base.ShouldBe("Port 51820.\n");
        conflict.Yours.ShouldBe("Port 51821.\n");
        conflict.Theirs.ShouldBe("Port 443.\n");
        string.Concat(parts.TakeWhile(p => p.Kind == MergePart.Merged).Select(p => p.Text)).ShouldBe("# VPN\n\n");
        string.Concat(parts.SkipWhile(p => p.Kind == MergePart.Merged).Skip(1).Select(p => p.Text)).ShouldBe("\nKeys in the vault.\n\nOwner: Grace.\n");
    }

    [Fact]
    public void Several_conflicts_and_a_deletion_keep_every_line_outside_them()
    {
        var yours = "# VPN\n\nPort 1.\n\nKeys in the vault.\n\nOwner: Bea.\n";
        var theirs = "# VPN\n\nPort 2.\n\nOwner: Carl.\n";
        var parts = ArticleMerge.Merge(Base, yours, theirs);
        parts.Count(p => p.Kind == MergePart.Conflict).ShouldBeGreaterThanOrEqualTo(1);
        var resolved = string.Concat(parts.Select(p => p.Kind == MergePart.Merged ? p.Text : p.Theirs));
        resolved.ShouldBe(theirs); // taking their side of every conflict gives their text
        var mine = string.Concat(parts.Select(p => p.Kind == MergePart.Merged ? p.Text : p.Yours));
        mine.ShouldStartWith("# VPN\n\nPort 1.\n");
        mine.ShouldEndWith("Owner: Bea.\n");
    }

    [Fact]
    public void One_sided_and_identical_changes_merge_to_the_changed_text()
    {
        var yours = Base.Replace("Port 51820.", "Port 1.") + "New line.\n";
        string.Concat(ArticleMerge.Merge(Base, yours, Base).Select(p => p.Text)).ShouldBe(yours);
        string.Concat(ArticleMerge.Merge(Base, Base, yours).Select(p => p.Text)).ShouldBe(yours);
        var both = ArticleMerge.Merge(Base, yours, yours);
        both.ShouldAllBe(p => p.Kind == MergePart.Merged);
        string.Concat(both.Select(p => p.Text)).ShouldBe(yours);
    }

    [Fact]
    public void The_word_diff_keeps_a_version_number_and_a_list_marker_whole()
    {
        var parts = ArticleDiff.Words("Firmware 7.2.8\n- [ ] checked", "Firmware 7.4.1\n- [ ] checked");
        parts.ShouldBe([new DiffPart("equal", "Firmware "), new DiffPart("delete", "7.2.8"), new DiffPart("insert", "7.4.1"), new DiffPart("equal", "\n- [ ] checked")]);
    }
}
