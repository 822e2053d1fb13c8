using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClientStor.Api.Migrations
{
    /// <inheritdoc />
    public partial class CredentialAssets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "credential_assets",
                columns: table => new
                {
                    credential_id = table.Column<Guid>(type: "uuid", nullable: false),
                    asset_id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credential_assets", x => new { x.credential_id, x.asset_id });
                    table.ForeignKey(
                        name: "fk_credential_assets_assets_asset_id",
                        column: x => x.asset_id,
                        principalTable: "assets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_credential_assets_credential_credential_id",
                        column: x => x.credential_id,
                        principalTable: "credentials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_credential_assets_asset_id_credential_id",
                table: "credential_assets",
                columns: new[] { "asset_id", "credential_id" });

            // Each credential's one related asset becomes its first link; a link to an asset since deleted (the column had
            // no foreign key) or of another organisation is dropped.
            migrationBuilder.Sql("""
                INSERT INTO credential_assets (credential_id, asset_id, org_id)
                SELECT c.id, c.related_asset_id, c.org_id
                FROM credentials c JOIN assets a ON a.id = c.related_asset_id AND a.org_id = c.org_id
                WHERE c.related_asset_id IS NOT NULL
                """);

            migrationBuilder.DropIndex(
                name: "ix_credentials_org_id_related_asset_id",
                table: "credentials");

            migrationBuilder.DropColumn(
                name: "related_asset_id",
                table: "credentials");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "related_asset_id",
                table: "credentials",
                type: "uuid",
                nullable: true);

            // One asset per credential fits the old column: the first linked (by asset id) is kept.
            migrationBuilder.Sql("""
                UPDATE credentials c SET related_asset_id = l.asset_id
                FROM (SELECT credential_id, min(asset_id::text)::uuid AS asset_id FROM credential_assets GROUP BY credential_id) l
                WHERE l.credential_id = c.id
                """);

            migrationBuilder.DropTable(
                name: "credential_assets");

            migrationBuilder.CreateIndex(
                name: "ix_credentials_org_id_related_asset_id",
                table: "credentials",
                columns: new[] { "org_id", "related_asset_id" });
        }
    }
}
