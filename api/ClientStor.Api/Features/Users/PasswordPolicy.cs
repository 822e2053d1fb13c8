namespace ClientStor.Api.Features.Users;

/// <summary>
/// NIST SP 800-63B: length is what counts (at least the configured minimum, default 12, at most 128;
/// any characters, no composition rules); the 10,000 most common passwords and passwords containing the
/// account's email name are refused. What passes is then estimated by zxcvbn (<see cref="PasswordStrength"/>).
/// </summary>
public static class PasswordPolicy
{
    public const int DefaultMinLength = 12;
    public const int MaxLength = 128;

    private static readonly Lazy<HashSet<string>> Common = new(() =>
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#')
                set.Add(line);
        return set;
    });

    /// <summary>The reasons the password is refused; empty when it is acceptable.</summary>
    public static IReadOnlyList<string> Check(string? password, string? email, int minLength = DefaultMinLength)
    {
        var problems = new List<string>();
        if (string.IsNullOrEmpty(password))
        {
            problems.Add($"Enter a password of at least {minLength} characters.");
            return problems;
        }
        var length = password.EnumerateRunes().Count();
        if (length < minLength)
            problems.Add($"Use at least {minLength} characters (a passphrase of several words works well).");
        if (length > MaxLength)
            problems.Add($"Use at most {MaxLength} characters.");
        if (Common.Value.Contains(password) || password.Distinct().Count() <= 2)
            problems.Add("This password is one of the most common ones; choose another.");
        var localPart = email?.Split('@')[0];
        if (localPart is { Length: >= 3 } && password.Contains(localPart, StringComparison.OrdinalIgnoreCase))
            problems.Add("The password must not contain your email name.");
        return problems;
    }
}
