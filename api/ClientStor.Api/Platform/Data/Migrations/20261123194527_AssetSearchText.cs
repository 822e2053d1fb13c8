using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClientStor.Api.Platform.Data.Migrations
{
    /// <inheritdoc />
    public partial class AssetSearchText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gin", ",,")
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "assets",
                type: "text",
                nullable: true,
                computedColumnSql: "lower(name || E'\\x1f' || coalesce(serial, '') || E'\\x1f' || coalesce(manufacturer, '') || E'\\x1f' || coalesce(model, ''))",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_assets_org_id_search_text",
                table: "assets",
                columns: new[] { "org_id", "search_text" })
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "uuid_ops", "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_assets_org_id_search_text",
                table: "assets");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "assets");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:btree_gin", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
