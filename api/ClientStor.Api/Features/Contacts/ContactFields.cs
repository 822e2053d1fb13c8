
namespace ClientStor.Api.Features.Contacts;

/// <summary>The fields of a contact; on update, omitted (null) fields stay as they are and an empty one is cleared.</summary>
public abstract class ContactFields
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Role { get; set; }
    public string? Notes { get; set; }
    /// <summary>A key contact, listed on the organisation's overview (true), or not (false).</summary>
    public bool? IsKey { get; set; }

    internal void ApplyTo(Contact contact)
    {
        static string? Blank(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        if (Name is not null) contact.Name = Name.Trim();
        if (Email is not null) contact.Email = Blank(Email);
        if (Phone is not null) contact.Phone = Blank(Phone);
        if (Role is not null) contact.Role = Blank(Role);
        if (Notes is not null) contact.Notes = Blank(Notes);
        if (IsKey is { } isKey) contact.IsKey = isKey;
    }
}

/// <summary>A new contact: <c>name</c> is required.</summary>
public sealed class CreateContactRequest : ContactFields;

/// <summary>A change to a contact: only the fields given change.</summary>
public sealed class UpdateContactRequest : ContactFields
{
    [RouteParam] public Guid ContactId { get; set; }
}

/// <summary>The rules of both bodies; creating requires the name, updating checks it only when given.</summary>
internal abstract class ContactFieldsValidator<T> : Validator<T> where T : ContactFields
{
    protected ContactFieldsValidator(bool creating)
    {
        var name = RuleFor(x => x.Name).NotEmpty().WithMessage("Give the contact a name.").MaximumLength(200);
        if (!creating)
            name.When(x => x.Name is not null);
        RuleFor(x => x.Email).Must(e => string.IsNullOrWhiteSpace(e) || System.Net.Mail.MailAddress.TryCreate(e.Trim(), out _))
            .WithMessage("Enter a valid email address.").MaximumLength(320);
        RuleFor(x => x.Phone).MaximumLength(64);
        RuleFor(x => x.Role).MaximumLength(100);
        RuleFor(x => x.Notes).MaximumLength(10_000);
    }
}

internal sealed class CreateContactValidator() : ContactFieldsValidator<CreateContactRequest>(creating: true);

internal sealed class UpdateContactValidator() : ContactFieldsValidator<UpdateContactRequest>(creating: false);
