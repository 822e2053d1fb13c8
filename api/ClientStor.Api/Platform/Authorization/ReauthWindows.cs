using System.Linq.Expressions;

namespace ClientStor.Api.Platform.Authorization;

/// <summary>
/// A role's own fresh re-authentication window (<c>reauthWindowMinutes</c>): 1 to 30 minutes, or null for the platform's
/// (<c>Auth:ReauthWindow</c>, 5 minutes unless configured). A person's window in an organisation is the shortest among all
/// the roles they hold there, directly or through teams (a role without its own window counts as the platform's); outside an
/// organisation, and where they hold no role, it is the platform's. <see cref="CallerQuery"/> reads it on every request.
/// </summary>
public static class ReauthWindows
{
    public const int MinMinutes = 1;
    public const int MaxMinutes = 30;

    /// <summary>The database's own check on the column, behind the validators.</summary>
    public const string CheckSql = "reauth_window_minutes BETWEEN 1 AND 30";

    /// <summary>The field is optional; when given it must lie within the allowed range.</summary>
    public static void AddRule<T>(AbstractValidator<T> validator, Expression<Func<T, int?>> minutes) =>
        validator.RuleFor(minutes).InclusiveBetween(MinMinutes, MaxMinutes)
            .WithMessage($"The re-authentication window must be {MinMinutes} to {MaxMinutes} minutes (leave it empty for the platform's default).");
}
