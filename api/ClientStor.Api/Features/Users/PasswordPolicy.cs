namespace ClientStor.Api.Features.Users;

/// <summary>
/// NIST SP 800-63B: length is what counts (12 to 128 characters, any characters, no composition rules);
/// known-common passwords and passwords containing the account's own email name are refused.
/// </summary>
public static class PasswordPolicy
{
    public const int MinLength = 12;
    public const int MaxLength = 128;

    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "123456789012", "1234567890123", "password1234", "password12345", "passwordpassword", "qwertyuiop12",
        "qwertyuiopasdf", "iloveyou1234", "111111111111", "000000000000", "123123123123", "abc123abc123",
        "letmein12345", "welcome12345", "administrator", "admin1234567", "changeme1234", "trustno1trustno1",
        "football1234", "baseball1234", "sunshine1234", "princess1234", "dragon123456", "monkey123456",
        "1q2w3e4r5t6y", "q1w2e3r4t5y6", "zaq12wsxcde3", "passw0rd1234", "p@ssw0rd1234", "superman1234",
    };

    /// <summary>The reasons the password is refused; empty when it is acceptable.</summary>
    public static IReadOnlyList<string> Check(string? password, string? email)
    {
        var problems = new List<string>();
        if (string.IsNullOrEmpty(password))
        {
            problems.Add($"Enter a password of at least {MinLength} characters.");
            return problems;
        }
        var length = password.EnumerateRunes().Count();
        if (length < MinLength)
            problems.Add($"Use at least {MinLength} characters (a passphrase of several words works well).");
        if (length > MaxLength)
            problems.Add($"Use at most {MaxLength} characters.");
        if (Common.Contains(password) || password.Distinct().Count() <= 2)
            problems.Add("This password is too common; choose another.");
        var localPart = email?.Split('@')[0];
        if (localPart is { Length: >= 3 } && password.Contains(localPart, StringComparison.OrdinalIgnoreCase))
            problems.Add("The password must not contain your email name.");
        return problems;
    }
}
