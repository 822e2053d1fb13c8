using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClientStor.Api.Platform.Data.Migrations
{
    /// <summary>
    /// GIN indexes keep a small pending list (<see cref="ClientStorDbContext.GinPendingListKb"/> kB instead of 4 MB), so searches
    /// and tag/MAC lookups scan only a few not-yet-merged entries. Altered in place (no rebuild, no long lock); the entries
    /// pending now are merged.
    /// </summary>
    public partial class GinSmallPendingList : Migration
    {
        private static readonly string[] Indexes = ["ix_credentials_tags", "ix_assets_mac_addresses", "ix_assets_org_id_search_text", "ix_assets_tags"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var index in Indexes)
                migrationBuilder.Sql($"ALTER INDEX {index} SET (gin_pending_list_limit = {ClientStorDbContext.GinPendingListKb}); SELECT gin_clean_pending_list('{index}');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var index in Indexes)
                migrationBuilder.Sql($"ALTER INDEX {index} RESET (gin_pending_list_limit);");
        }
    }
}
