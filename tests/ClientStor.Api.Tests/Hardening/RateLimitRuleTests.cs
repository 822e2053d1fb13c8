using ClientStor.Api.Platform.RateLimiting;

namespace ClientStor.Api.Tests.Hardening;

/// <summary>How a refusal names a limit's window (pure: no host).</summary>
public sealed class RateLimitRuleTests
{
    [Theory]
    [InlineData("00:01:00", "minute")]
    [InlineData("00:00:01", "second")]
    [InlineData("00:00:02", "2 seconds")]
    [InlineData("00:01:30", "90 seconds")]
    [InlineData("00:05:00", "5 minutes")]
    [InlineData("01:00:00", "hour")]
    [InlineData("1.00:00:00", "24 hours")]
    [InlineData("00:00:00.5", "0.5 seconds")]
    public void The_window_is_named_in_its_largest_whole_unit(string window, string text) =>
        new RateLimitRule(10, TimeSpan.Parse(window, System.Globalization.CultureInfo.InvariantCulture)).WindowText.ShouldBe(text);
}
