using System;
using System.Net;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClientStor.Api.Platform.Data.Migrations
{
    /// <inheritdoc />
    public partial class Ipam : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "vlans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    vid = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vlans", x => x.id);
                    table.CheckConstraint("ck_vlans_vid", "vid BETWEEN 1 AND 4094");
                    table.ForeignKey(
                        name: "fk_vlans_orgs_org_id",
                        column: x => x.org_id,
                        principalTable: "orgs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subnets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    network = table.Column<IPNetwork>(type: "cidr", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    vlan_id = table.Column<Guid>(type: "uuid", nullable: true),
                    location_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subnets", x => x.id);
                    table.ForeignKey(
                        name: "fk_subnets_locations_location_id",
                        column: x => x.location_id,
                        principalTable: "locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_subnets_orgs_org_id",
                        column: x => x.org_id,
                        principalTable: "orgs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_subnets_vlans_vlan_id",
                        column: x => x.vlan_id,
                        principalTable: "vlans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ip_addresses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subnet_id = table.Column<Guid>(type: "uuid", nullable: false),
                    address = table.Column<IPAddress>(type: "inet", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    hostname = table.Column<string>(type: "character varying(253)", maxLength: 253, nullable: true),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    asset_id = table.Column<Guid>(type: "uuid", nullable: true),
                    interface_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ip_addresses", x => x.id);
                    table.ForeignKey(
                        name: "fk_ip_addresses_asset_interfaces_interface_id",
                        column: x => x.interface_id,
                        principalTable: "asset_interfaces",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_ip_addresses_assets_asset_id",
                        column: x => x.asset_id,
                        principalTable: "assets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_ip_addresses_orgs_org_id",
                        column: x => x.org_id,
                        principalTable: "orgs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_ip_addresses_subnets_subnet_id",
                        column: x => x.subnet_id,
                        principalTable: "subnets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_ip_addresses_asset_id",
                table: "ip_addresses",
                column: "asset_id");

            migrationBuilder.CreateIndex(
                name: "ix_ip_addresses_interface_id",
                table: "ip_addresses",
                column: "interface_id");

            migrationBuilder.CreateIndex(
                name: "ix_ip_addresses_org_id",
                table: "ip_addresses",
                column: "org_id");

            migrationBuilder.CreateIndex(
                name: "ix_ip_addresses_subnet_id_address",
                table: "ip_addresses",
                columns: new[] { "subnet_id", "address" });

            migrationBuilder.CreateIndex(
                name: "ix_subnets_location_id",
                table: "subnets",
                column: "location_id");

            migrationBuilder.CreateIndex(
                name: "ix_subnets_network",
                table: "subnets",
                column: "network")
                .Annotation("Npgsql:IndexMethod", "gist")
                .Annotation("Npgsql:IndexOperators", new[] { "inet_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_subnets_org_id",
                table: "subnets",
                column: "org_id");

            migrationBuilder.CreateIndex(
                name: "ix_subnets_vlan_id",
                table: "subnets",
                column: "vlan_id");

            migrationBuilder.CreateIndex(
                name: "ix_vlans_org_id_vid",
                table: "vlans",
                columns: new[] { "org_id", "vid" },
                unique: true);
            migrationBuilder.Sql("CREATE UNIQUE INDEX ix_subnets_org_id_network ON subnets (org_id, network);");
            migrationBuilder.Sql("CREATE UNIQUE INDEX ix_ip_addresses_org_id_address ON ip_addresses (org_id, address);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ip_addresses");

            migrationBuilder.DropTable(
                name: "subnets");

            migrationBuilder.DropTable(
                name: "vlans");
        }
    }
}
