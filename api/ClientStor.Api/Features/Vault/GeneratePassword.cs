using System.Security.Cryptography;

namespace ClientStor.Api.Features.Vault;

public sealed class GeneratePasswordRequest
{
    /// <summary>Characters (8 to 256, default 20); ignored for passphrases.</summary>
    public int Length { get; set; } = 20;
    public bool Lowercase { get; set; } = true;
    public bool Uppercase { get; set; } = true;
    public bool Digits { get; set; } = true;
    public bool Symbols { get; set; } = true;
    /// <summary>Leave out look-alike characters (0 O o 1 l I |).</summary>
    public bool AvoidAmbiguous { get; set; }
    /// <summary>Words instead of characters.</summary>
    public bool Passphrase { get; set; }
    /// <summary>Passphrase words (3 to 20, default 6; 12 bits each).</summary>
    public int Words { get; set; } = 6;
    public string Separator { get; set; } = "-";
}

internal sealed class GeneratePasswordValidator : Validator<GeneratePasswordRequest>
{
    public GeneratePasswordValidator()
    {
        RuleFor(x => x.Length).InclusiveBetween(8, 256).When(x => !x.Passphrase);
        RuleFor(x => x.Words).InclusiveBetween(3, 20).When(x => x.Passphrase);
        RuleFor(x => x.Separator).MaximumLength(3);
        RuleFor(x => x).Must(x => x.Passphrase || x.Lowercase || x.Uppercase || x.Digits || x.Symbols)
            .WithName("lowercase").WithMessage("Choose at least one character set.");
    }
}

public sealed class GeneratePasswordResponse
{
    public required string Password { get; set; }
    /// <summary>Strength of the generation method: log2 of the number of equally likely outcomes.</summary>
    public required double EntropyBits { get; set; }
}

/// <summary>Generates a password or passphrase with the operating system's CSPRNG. Nothing is stored or logged.</summary>
public sealed class GeneratePasswordEndpoint : Endpoint<GeneratePasswordRequest, GeneratePasswordResponse>
{
    private const string Lower = "abcdefghijklmnopqrstuvwxyz";
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Digit = "0123456789";
    private const string Symbol = "!#$%&*+-./:;=?@^_~";
    private const string Ambiguous = "0Oo1lI|";

    private static readonly Lazy<string[]> WordList = new(() =>
    {
        using var stream = typeof(GeneratePasswordEndpoint).Assembly.GetManifestResourceStream("passphrase-words.txt")
            ?? throw new InvalidOperationException("The passphrase word list is missing from the build.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#')
                words.Add(line);
        return words.ToArray();
    });

    public override void Configure()
    {
        Post("vault/password-generator");
        Group<VaultToolsGroup>();
        this.RequireSignedIn();
        Summary(s => s.Summary = "Generate a password or passphrase");
        Description(b => b.WithMetadata(new AllowApiKeys()));
    }

    public override async Task HandleAsync(GeneratePasswordRequest req, CancellationToken ct)
    {
        HttpContext.Response.Headers.CacheControl = "no-store";
        await Send.OkAsync(req.Passphrase ? Passphrase(req.Words, req.Separator) : Characters(req), ct);
    }

    internal static GeneratePasswordResponse Passphrase(int count, string separator)
    {
        var words = WordList.Value;
        var chosen = Enumerable.Range(0, count).Select(_ => words[RandomNumberGenerator.GetInt32(words.Length)]);
        return new GeneratePasswordResponse { Password = string.Join(separator, chosen), EntropyBits = Math.Round(count * Math.Log2(words.Length), 1) };
    }

    /// <summary>Uniform over the chosen alphabet, with at least one character from each chosen set (retried, not patched in, so it stays uniform over valid passwords).</summary>
    internal static GeneratePasswordResponse Characters(GeneratePasswordRequest req)
    {
        var sets = new List<string>();
        if (req.Lowercase) sets.Add(Lower);
        if (req.Uppercase) sets.Add(Upper);
        if (req.Digits) sets.Add(Digit);
        if (req.Symbols) sets.Add(Symbol);
        if (req.AvoidAmbiguous)
            sets = sets.Select(s => new string(s.Where(c => !Ambiguous.Contains(c)).ToArray())).ToList();
        var alphabet = string.Concat(sets);
        string password;
        do password = RandomNumberGenerator.GetString(alphabet, req.Length);
        while (req.Length >= sets.Count && !sets.All(s => password.Any(s.Contains)));
        return new GeneratePasswordResponse { Password = password, EntropyBits = Math.Round(req.Length * Math.Log2(alphabet.Length), 1) };
    }
}
