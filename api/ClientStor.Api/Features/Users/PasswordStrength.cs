using Zxcvbn.Matcher;

namespace ClientStor.Api.Features.Users;

/// <summary>
/// zxcvbn's estimate of how guessable a password is (0 to 4), from the zxcvbn-core port. The version the registry serves
/// scores but has no feedback text, so the feedback of zxcvbn's reference implementation (feedback.coffee: the warning
/// of the weakest part, the suggestions for it) is given here from the same match sequence.
/// </summary>
public static class PasswordStrength
{
    /// <summary>The lowest score accepted: 3, "safely unguessable: moderate protection from offline slow-hash scenario".</summary>
    public const int MinScore = 3;

    private static readonly Zxcvbn.Zxcvbn Estimator = new(Zxcvbn.Translation.English);

    public sealed record Estimate(int Score, string? Warning, IReadOnlyList<string> Suggestions)
    {
        /// <summary>The field error: zxcvbn's warning and suggestions.</summary>
        public string Message => string.Join(" ", new[] { Warning ?? "This password is easy to guess." }.Concat(Suggestions));
    }

    /// <param name="userInputs">Words the password must not lean on: the user's email and name, the product's name, organisation names.</param>
    public static Estimate Evaluate(string password, IEnumerable<string> userInputs)
    {
        var inputs = userInputs.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim().ToLowerInvariant()).Distinct().ToList();
        var result = Estimator.EvaluatePassword(password, inputs);
        if (result.Score >= MinScore)
            return new Estimate(result.Score, null, []);
        var suggestions = new List<string> { "Add another word or two. Uncommon words are better." };
        // The longest recognised part decides the warning, as in zxcvbn.
        var weakest = result.MatchSequence.Where(m => m.Pattern != "bruteforce").OrderByDescending(m => m.Token.Length).FirstOrDefault();
        var warning = weakest switch
        {
            DictionaryMatch d when d.DictionaryName == "user_inputs" => "It contains your name, your email or a name from this system.",
            DictionaryMatch d when d.DictionaryName == "passwords" && d.Token.Length == password.Length => d.Rank <= 10
                ? "This is a top-10 common password." : d.Rank <= 100 ? "This is a top-100 common password." : "This is a very common password.",
            DictionaryMatch d when d.DictionaryName == "passwords" => "This is similar to a commonly used password.",
            DictionaryMatch d when d.Token.Length == password.Length => "A word by itself is easy to guess.",
            DictionaryMatch d when d.DictionaryName is "male_names" or "female_names" or "surnames" => "Names and surnames by themselves are easy to guess.",
            DictionaryMatch => "Common names and words are easy to guess.",
            SpatialMatch s => s.Turns == 1 ? "Straight rows of keys are easy to guess." : "Short keyboard patterns are easy to guess.",
            RepeatMatch => "Repeats like \"aaabbb\" are easy to guess.",
            SequenceMatch => "Sequences like abc or 6543 are easy to guess.",
            DateMatch => "Dates are often easy to guess.",
            { Pattern: "year" } => "Recent years are easy to guess.",
            _ => null,
        };
        switch (weakest)
        {
            case SpatialMatch:
                suggestions.Add("Use a longer keyboard pattern with more turns.");
                break;
            case RepeatMatch:
                suggestions.Add("Avoid repeated words and characters.");
                break;
            case SequenceMatch:
                suggestions.Add("Avoid sequences.");
                break;
            case DateMatch or { Pattern: "year" }:
                suggestions.Add("Avoid dates and years that are associated with you.");
                break;
            case L33tDictionaryMatch:
                suggestions.Add("Predictable substitutions like '@' instead of 'a' don't help very much.");
                break;
            case DictionaryMatch d when d.Token.Length > 1 && char.IsUpper(d.Token[0]):
                suggestions.Add("Capitalization doesn't help very much.");
                break;
        }
        return new Estimate(result.Score, warning, suggestions);
    }
}
