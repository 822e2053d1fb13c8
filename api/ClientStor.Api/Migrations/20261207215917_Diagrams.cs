using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace ClientStor.Api.Migrations
{
    /// <inheritdoc />
    public partial class Diagrams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "diagrams",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    folder_id = table.Column<Guid>(type: "uuid", nullable: true),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    xml = table.Column<string>(type: "character varying(2000000)", maxLength: 2000000, nullable: false),
                    svg = table.Column<string>(type: "character varying(4000000)", maxLength: 4000000, nullable: false),
                    labels = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: false),
                    asset_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    created_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    updated_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    search_text = table.Column<string>(type: "text", nullable: true, computedColumnSql: "lower(name)", stored: true),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true, computedColumnSql: "setweight(to_tsvector('simple'::regconfig, coalesce(name, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(labels, '')), 'B')", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_diagrams", x => x.id);
                    table.ForeignKey(
                        name: "fk_diagrams_doc_folder_folder_id",
                        column: x => x.folder_id,
                        principalTable: "doc_folders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_diagrams_org_org_id",
                        column: x => x.org_id,
                        principalTable: "orgs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "diagram_revisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    diagram_id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    xml = table.Column<string>(type: "character varying(2000000)", maxLength: 2000000, nullable: false),
                    svg = table.Column<string>(type: "character varying(4000000)", maxLength: 4000000, nullable: false),
                    summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    restored_from = table.Column<int>(type: "integer", nullable: true),
                    author_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_diagram_revisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_diagram_revisions_diagrams_diagram_id",
                        column: x => x.diagram_id,
                        principalTable: "diagrams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_diagram_revisions_diagram_id_number",
                table: "diagram_revisions",
                columns: new[] { "diagram_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_diagrams_asset_ids",
                table: "diagrams",
                column: "asset_ids")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:StorageParameter:gin_pending_list_limit", 256);

            migrationBuilder.CreateIndex(
                name: "ix_diagrams_folder_id",
                table: "diagrams",
                column: "folder_id");

            migrationBuilder.CreateIndex(
                name: "ix_diagrams_org_id_folder_id",
                table: "diagrams",
                columns: new[] { "org_id", "folder_id" });

            migrationBuilder.CreateIndex(
                name: "ix_diagrams_org_id_name_id",
                table: "diagrams",
                columns: new[] { "org_id", "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_diagrams_org_id_search_text",
                table: "diagrams",
                columns: new[] { "org_id", "search_text" })
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "uuid_ops", "gin_trgm_ops" })
                .Annotation("Npgsql:StorageParameter:gin_pending_list_limit", 256);

            migrationBuilder.CreateIndex(
                name: "ix_diagrams_org_id_updated_at_id",
                table: "diagrams",
                columns: new[] { "org_id", "updated_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_diagrams_search_vector",
                table: "diagrams",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:StorageParameter:gin_pending_list_limit", 256);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "diagram_revisions");

            migrationBuilder.DropTable(
                name: "diagrams");
        }
    }
}
