using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace ClientStor.Api.Migrations
{
    /// <inheritdoc />
    public partial class FloorPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "floor_plans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    location_id = table.Column<Guid>(type: "uuid", nullable: true),
                    level = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    source_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    room_names = table.Column<string>(type: "character varying(32000)", maxLength: 32000, nullable: false),
                    created_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    updated_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    search_text = table.Column<string>(type: "text", nullable: true, computedColumnSql: "lower(name)", stored: true),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true, computedColumnSql: "setweight(to_tsvector('simple'::regconfig, coalesce(name, '')), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce(level, '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce(room_names, '')), 'B')", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_floor_plans", x => x.id);
                    table.ForeignKey(
                        name: "fk_floor_plans_location_location_id",
                        column: x => x.location_id,
                        principalTable: "locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_floor_plans_org_org_id",
                        column: x => x.org_id,
                        principalTable: "orgs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "floor_plan_pins",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    floor_plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    x = table.Column<double>(type: "double precision", nullable: false),
                    y = table.Column<double>(type: "double precision", nullable: false),
                    label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    asset_id = table.Column<Guid>(type: "uuid", nullable: true),
                    rack_id = table.Column<Guid>(type: "uuid", nullable: true),
                    patch_panel_port_id = table.Column<Guid>(type: "uuid", nullable: true),
                    room = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_floor_plan_pins", x => x.id);
                    table.CheckConstraint("ck_floor_plan_pins_kind", "kind IN ('asset', 'rack', 'drop')");
                    table.CheckConstraint("ck_floor_plan_pins_position", "x BETWEEN 0 AND 1 AND y BETWEEN 0 AND 1");
                    table.ForeignKey(
                        name: "fk_floor_plan_pins_assets_asset_id",
                        column: x => x.asset_id,
                        principalTable: "assets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_floor_plan_pins_floor_plans_floor_plan_id",
                        column: x => x.floor_plan_id,
                        principalTable: "floor_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_floor_plan_pins_org_org_id",
                        column: x => x.org_id,
                        principalTable: "orgs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_floor_plan_pins_patch_port_patch_panel_port_id",
                        column: x => x.patch_panel_port_id,
                        principalTable: "patch_ports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_floor_plan_pins_rack_rack_id",
                        column: x => x.rack_id,
                        principalTable: "racks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "floor_plan_revisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    floor_plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    restored_from = table.Column<int>(type: "integer", nullable: true),
                    author_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    original_file_id = table.Column<Guid>(type: "uuid", nullable: false),
                    original_file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    display_file_id = table.Column<Guid>(type: "uuid", nullable: false),
                    display_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    width = table.Column<int>(type: "integer", nullable: false),
                    height = table.Column<int>(type: "integer", nullable: false),
                    source_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    floor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    floors = table.Column<List<string>>(type: "text[]", nullable: false),
                    rooms = table.Column<string>(type: "jsonb", nullable: false),
                    pins = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_floor_plan_revisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_floor_plan_revisions_floor_plans_floor_plan_id",
                        column: x => x.floor_plan_id,
                        principalTable: "floor_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_floor_plan_revisions_stored_file_display_file_id",
                        column: x => x.display_file_id,
                        principalTable: "stored_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_floor_plan_revisions_stored_file_original_file_id",
                        column: x => x.original_file_id,
                        principalTable: "stored_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_floor_plan_pins_asset_id",
                table: "floor_plan_pins",
                column: "asset_id",
                filter: "asset_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_floor_plan_pins_floor_plan_id_position",
                table: "floor_plan_pins",
                columns: new[] { "floor_plan_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_floor_plan_pins_org_id",
                table: "floor_plan_pins",
                column: "org_id");

            migrationBuilder.CreateIndex(
                name: "ix_floor_plan_pins_patch_panel_port_id",
                table: "floor_plan_pins",
                column: "patch_panel_port_id",
                filter: "patch_panel_port_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_floor_plan_pins_rack_id",
                table: "floor_plan_pins",
                column: "rack_id",
                filter: "rack_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_floor_plan_revisions_display_file_id",
                table: "floor_plan_revisions",
                column: "display_file_id");

            migrationBuilder.CreateIndex(
                name: "ix_floor_plan_revisions_floor_plan_id_number",
                table: "floor_plan_revisions",
                columns: new[] { "floor_plan_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_floor_plan_revisions_original_file_id",
                table: "floor_plan_revisions",
                column: "original_file_id");

            migrationBuilder.CreateIndex(
                name: "ix_floor_plans_location_id",
                table: "floor_plans",
                column: "location_id");

            migrationBuilder.CreateIndex(
                name: "ix_floor_plans_org_id_location_id",
                table: "floor_plans",
                columns: new[] { "org_id", "location_id" });

            migrationBuilder.CreateIndex(
                name: "ix_floor_plans_org_id_name_id",
                table: "floor_plans",
                columns: new[] { "org_id", "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_floor_plans_org_id_search_text",
                table: "floor_plans",
                columns: new[] { "org_id", "search_text" })
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "uuid_ops", "gin_trgm_ops" })
                .Annotation("Npgsql:StorageParameter:gin_pending_list_limit", 256);

            migrationBuilder.CreateIndex(
                name: "ix_floor_plans_org_id_updated_at_id",
                table: "floor_plans",
                columns: new[] { "org_id", "updated_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_floor_plans_search_vector",
                table: "floor_plans",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:StorageParameter:gin_pending_list_limit", 256);

            // A revision shares its files with the revisions that kept its drawing (a pin change, a restore): deleting one (or
            // its plan, or its organisation, by cascade) deletes the files no other revision shows.
            migrationBuilder.Sql("""
                CREATE FUNCTION floor_plan_revisions_delete_files() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM stored_files f WHERE f.id IN (OLD.original_file_id, OLD.display_file_id)
                        AND NOT EXISTS (SELECT 1 FROM floor_plan_revisions r WHERE r.original_file_id = f.id OR r.display_file_id = f.id);
                    RETURN NULL;
                END $$;
                CREATE TRIGGER floor_plan_revisions_delete_files AFTER DELETE ON floor_plan_revisions
                    FOR EACH ROW EXECUTE FUNCTION floor_plan_revisions_delete_files();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS floor_plan_revisions_delete_files ON floor_plan_revisions; DROP FUNCTION IF EXISTS floor_plan_revisions_delete_files();");
            migrationBuilder.DropTable(
                name: "floor_plan_pins");

            migrationBuilder.DropTable(
                name: "floor_plan_revisions");

            migrationBuilder.DropTable(
                name: "floor_plans");
        }
    }
}
