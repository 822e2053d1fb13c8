using ClientStor.Api.Platform.Http;
using Riok.Mapperly.Abstractions;

namespace ClientStor.Api.Features.Contacts;

/// <summary>A client's people: whom assets are assigned to, whom to call.</summary>
public static class ContactsModule
{
    public static IServiceCollection AddContactsModule(this IServiceCollection services) => services.AddScoped<ISearchProvider, ContactSearch>();

    extension(ClientStorDbContext db)
    {
        public DbSet<Contact> Contacts => db.Set<Contact>();
    }
}

/// <summary><c>/api/v1/orgs/{orgId}/contacts</c>.</summary>
public sealed class ContactsGroup() : OrgScopedGroup("Contacts");

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
[UseStaticMapper(typeof(CommonMappings))]
internal static partial class ContactMapper
{
    [MapProperty(nameof(Contact.Version), nameof(ContactResponse.Etag))]
    public static partial ContactResponse ToResponse(this Contact contact);
}
