using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClientStor.Api.Migrations
{
    /// <inheritdoc />
    public partial class CockpitOverview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "pinned",
                table: "credentials",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "is_key",
                table: "contacts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "favourites",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_favourites", x => x.id);
                    table.ForeignKey(
                        name: "fk_favourites_org_item_org_id",
                        column: x => x.item_org_id,
                        principalTable: "orgs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_favourites_user_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "recent_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recent_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_recent_items_org_item_org_id",
                        column: x => x.item_org_id,
                        principalTable: "orgs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_recent_items_user_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_credentials_pinned",
                table: "credentials",
                columns: new[] { "org_id", "name", "id" },
                filter: "pinned");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_key",
                table: "contacts",
                columns: new[] { "org_id", "name", "id" },
                filter: "is_key");

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_activity",
                table: "audit_events",
                column: "id",
                filter: "org_id IS NOT NULL AND outcome = 'success' AND category IN ('organisation', 'vault', 'permissions', 'admin') AND action NOT IN ('credential.listed', 'credential.viewed', 'favourite.created', 'favourite.updated', 'favourite.deleted', 'recent.created', 'recent.updated', 'recent.deleted')");

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_activity_org",
                table: "audit_events",
                columns: new[] { "org_id", "id" },
                filter: "org_id IS NOT NULL AND outcome = 'success' AND category IN ('organisation', 'vault', 'permissions', 'admin') AND action NOT IN ('credential.listed', 'credential.viewed', 'favourite.created', 'favourite.updated', 'favourite.deleted', 'recent.created', 'recent.updated', 'recent.deleted')");

            migrationBuilder.CreateIndex(
                name: "ix_assets_warranty_expires",
                table: "assets",
                columns: new[] { "warranty_expires", "id" },
                filter: "warranty_expires IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_favourites_item_org_id",
                table: "favourites",
                column: "item_org_id");

            migrationBuilder.CreateIndex(
                name: "ix_favourites_user_id_item_type_item_id",
                table: "favourites",
                columns: new[] { "user_id", "item_type", "item_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_favourites_user_id_position",
                table: "favourites",
                columns: new[] { "user_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_recent_items_item_org_id",
                table: "recent_items",
                column: "item_org_id");

            migrationBuilder.CreateIndex(
                name: "ix_recent_items_user_id_item_type_item_id",
                table: "recent_items",
                columns: new[] { "user_id", "item_type", "item_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_recent_items_user_id_opened_at",
                table: "recent_items",
                columns: new[] { "user_id", "opened_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "favourites");

            migrationBuilder.DropTable(
                name: "recent_items");

            migrationBuilder.DropIndex(
                name: "ix_credentials_pinned",
                table: "credentials");

            migrationBuilder.DropIndex(
                name: "ix_contacts_key",
                table: "contacts");

            migrationBuilder.DropIndex(
                name: "ix_audit_events_activity",
                table: "audit_events");

            migrationBuilder.DropIndex(
                name: "ix_audit_events_activity_org",
                table: "audit_events");

            migrationBuilder.DropIndex(
                name: "ix_assets_warranty_expires",
                table: "assets");

            migrationBuilder.DropColumn(
                name: "pinned",
                table: "credentials");

            migrationBuilder.DropColumn(
                name: "is_key",
                table: "contacts");
        }
    }
}
