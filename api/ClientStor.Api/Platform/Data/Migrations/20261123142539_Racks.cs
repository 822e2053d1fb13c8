using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClientStor.Api.Platform.Data.Migrations
{
    /// <inheritdoc />
    public partial class Racks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "racks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    location_id = table.Column<Guid>(type: "uuid", nullable: true),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    height_u = table.Column<int>(type: "integer", nullable: false),
                    notes = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_racks", x => x.id);
                    table.CheckConstraint("ck_racks_height", "height_u BETWEEN 1 AND 60");
                    table.ForeignKey(
                        name: "fk_racks_locations_location_id",
                        column: x => x.location_id,
                        principalTable: "locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_racks_orgs_org_id",
                        column: x => x.org_id,
                        principalTable: "orgs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "patch_panels",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    rack_id = table.Column<Guid>(type: "uuid", nullable: true),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    port_count = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patch_panels", x => x.id);
                    table.CheckConstraint("ck_patch_panels_ports", "port_count BETWEEN 1 AND 96");
                    table.ForeignKey(
                        name: "fk_patch_panels_orgs_org_id",
                        column: x => x.org_id,
                        principalTable: "orgs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_patch_panels_racks_rack_id",
                        column: x => x.rack_id,
                        principalTable: "racks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "rack_placements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    rack_id = table.Column<Guid>(type: "uuid", nullable: false),
                    asset_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position_u = table.Column<int>(type: "integer", nullable: false),
                    height_u = table.Column<int>(type: "integer", nullable: false),
                    face = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    full_depth = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rack_placements", x => x.id);
                    table.ForeignKey(
                        name: "fk_rack_placements_assets_asset_id",
                        column: x => x.asset_id,
                        principalTable: "assets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_rack_placements_racks_rack_id",
                        column: x => x.rack_id,
                        principalTable: "racks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "patch_ports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    panel_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    connected_port_id = table.Column<Guid>(type: "uuid", nullable: true),
                    connected_interface_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patch_ports", x => x.id);
                    table.ForeignKey(
                        name: "fk_patch_ports_asset_interfaces_connected_interface_id",
                        column: x => x.connected_interface_id,
                        principalTable: "asset_interfaces",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_patch_ports_patch_panels_panel_id",
                        column: x => x.panel_id,
                        principalTable: "patch_panels",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_patch_ports_patch_ports_connected_port_id",
                        column: x => x.connected_port_id,
                        principalTable: "patch_ports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "ix_patch_panels_org_id_name",
                table: "patch_panels",
                columns: new[] { "org_id", "name" });

            migrationBuilder.CreateIndex(
                name: "ix_patch_panels_rack_id",
                table: "patch_panels",
                column: "rack_id");

            migrationBuilder.CreateIndex(
                name: "ix_patch_ports_connected_interface_id",
                table: "patch_ports",
                column: "connected_interface_id",
                unique: true,
                filter: "connected_interface_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_patch_ports_connected_port_id",
                table: "patch_ports",
                column: "connected_port_id",
                unique: true,
                filter: "connected_port_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_patch_ports_panel_id_number",
                table: "patch_ports",
                columns: new[] { "panel_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rack_placements_asset_id",
                table: "rack_placements",
                column: "asset_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rack_placements_rack_id",
                table: "rack_placements",
                column: "rack_id");

            migrationBuilder.CreateIndex(
                name: "ix_racks_location_id",
                table: "racks",
                column: "location_id");

            migrationBuilder.CreateIndex(
                name: "ix_racks_org_id_name",
                table: "racks",
                columns: new[] { "org_id", "name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "patch_ports");

            migrationBuilder.DropTable(
                name: "rack_placements");

            migrationBuilder.DropTable(
                name: "patch_panels");

            migrationBuilder.DropTable(
                name: "racks");
        }
    }
}
