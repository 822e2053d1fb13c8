using ClientStor.Api.Platform.Http;
using Riok.Mapperly.Abstractions;

namespace ClientStor.Api.Features.Docs;

/// <summary>The knowledge base: articles and draw.io diagrams in folders with their revisions, floor plans with pinned items, templates, and links to the rest of a client's documentation.</summary>
public static class DocsModule
{
    public static IServiceCollection AddDocsModule(this IServiceCollection services)
    {
        services.AddSingleton<ArticleRenderer>();
        services.AddScoped<ArticleWriter>();
        services.AddScoped<ISearchProvider, ArticleSearch>();
        services.AddScoped<DiagramWriter>();
        services.AddScoped<ISearchProvider, DiagramSearch>();
        services.AddSingleton<PdfPages>();
        services.AddSingleton<FloorPlanDrawings>();
        services.AddScoped<FloorPlanWriter>();
        services.AddScoped<ISearchProvider, FloorPlanSearch>();
        return services;
    }

    extension(ClientStorDbContext db)
    {
        public DbSet<Article> Articles => db.Set<Article>();
        public DbSet<ArticleRevision> ArticleRevisions => db.Set<ArticleRevision>();
        public DbSet<DocFolder> DocFolders => db.Set<DocFolder>();
        public DbSet<Diagram> Diagrams => db.Set<Diagram>();
        public DbSet<DiagramRevision> DiagramRevisions => db.Set<DiagramRevision>();
        public DbSet<FloorPlan> FloorPlans => db.Set<FloorPlan>();
        public DbSet<FloorPlanRevision> FloorPlanRevisions => db.Set<FloorPlanRevision>();
    }
}

/// <summary><c>/api/v1/orgs/{orgId}/docs</c>: an organisation's knowledge base.</summary>
public sealed class DocsGroup() : OrgScopedGroup("Docs");

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
[UseStaticMapper(typeof(CommonMappings))]
internal static partial class DocsMapper
{
    [MapProperty(nameof(DocFolder.Version), nameof(DocFolderResponse.Etag))]
    public static partial DocFolderResponse ToResponse(this DocFolder folder, int articleCount, int diagramCount);

    [MapProperty(nameof(ArticleListRow.Version), nameof(ArticleSummaryResponse.Etag))]
    [MapperIgnoreTarget(nameof(ArticleSummaryResponse.Snippet))]
    public static partial ArticleSummaryResponse ToSummary(this ArticleListRow row);

    [MapProperty(nameof(Article.Version), nameof(ArticleResponse.Etag))]
    public static partial ArticleResponse ToResponse(this Article article, IReadOnlyList<LinkedItem> linkedItems, IReadOnlyList<LinkedItem> linkedFrom,
        IReadOnlyList<ArticleRevisionResponse> pendingRevisions);

    public static partial ArticleRevisionResponse ToResponse(this ArticleRevision revision);

    public static partial ArticleRevisionContentResponse ToContent(this ArticleRevision revision, string html);

    [MapProperty(nameof(Diagram.Version), nameof(DiagramResponse.Etag))]
    public static partial DiagramResponse ToResponse(this Diagram diagram, IReadOnlyList<DiagramAsset> linkedAssets);

    [MapProperty(nameof(DiagramListRow.Version), nameof(DiagramSummaryResponse.Etag))]
    public static partial DiagramSummaryResponse ToSummary(this DiagramListRow row);

    public static partial DiagramRevisionResponse ToResponse(this DiagramRevision revision);

    public static partial DiagramRevisionContentResponse ToContent(this DiagramRevision revision);

    [MapProperty(nameof(FloorPlanListRow.Version), nameof(FloorPlanSummaryResponse.Etag))]
    public static partial FloorPlanSummaryResponse ToSummary(this FloorPlanListRow row);

    public static partial FloorPlanRevisionResponse ToResponse(this FloorPlanRevision revision);

    [MapperIgnoreSource(nameof(FloorPlanRevision.Pins))]
    public static partial FloorPlanRevisionContentResponse ToContent(this FloorPlanRevision revision, FloorPlanDrawingResponse drawing, List<FloorPlanPinResponse> pins);
}
