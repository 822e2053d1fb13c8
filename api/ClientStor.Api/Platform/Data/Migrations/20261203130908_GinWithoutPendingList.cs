using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClientStor.Api.Platform.Data.Migrations
{
    /// <summary>
    /// GIN indexes without a pending list: searches and tag/MAC lookups no longer scan not-yet-merged entries. Altered in
    /// place (no rebuild, no long lock); the entries already pending are merged now.
    /// </summary>
    public partial class GinWithoutPendingList : Migration
    {
        private static readonly string[] Indexes = ["ix_credentials_tags", "ix_assets_mac_addresses", "ix_assets_org_id_search_text", "ix_assets_tags"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var index in Indexes)
                migrationBuilder.Sql($"ALTER INDEX {index} SET (fastupdate = off); SELECT gin_clean_pending_list('{index}');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var index in Indexes)
                migrationBuilder.Sql($"ALTER INDEX {index} RESET (fastupdate);");
        }
    }
}
