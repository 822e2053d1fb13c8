using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClientStor.Api.Migrations
{
    /// <inheritdoc />
    public partial class PlatformKnowledgeBase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The MSP knowledge base (Platform/Tenancy/PlatformKnowledgeBase): an organisation row only its docs routes see.
            migrationBuilder.Sql("""
                INSERT INTO orgs (id, name, normalized_name, slug, status, notes, docs_review_required, created_at, updated_at)
                VALUES ('00000000-0000-4000-8000-00000000006b', 'MSP knowledge base', 'MSP KNOWLEDGE BASE', '_msp-knowledge-base', 'Active',
                        'Shared with every client organisation.', false, now(), now())
                ON CONFLICT (id) DO NOTHING;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM orgs WHERE id = '00000000-0000-4000-8000-00000000006b';");
        }
    }
}
