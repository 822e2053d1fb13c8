using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClientStor.Api.Migrations
{
    /// <inheritdoc />
    public partial class GlobalSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_subnets_org_id",
                table: "subnets");

            migrationBuilder.DropIndex(
                name: "ix_ip_addresses_org_id",
                table: "ip_addresses");

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "vlans",
                type: "text",
                nullable: true,
                computedColumnSql: "lower(vid::text || E'\\x1f' || name || E'\\x1f' || coalesce(description, ''))",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "subnets",
                type: "text",
                nullable: true,
                computedColumnSql: "lower(network::text || E'\\x1f' || coalesce(name, '') || E'\\x1f' || coalesce(description, ''))",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "racks",
                type: "text",
                nullable: true,
                computedColumnSql: "lower(name || E'\\x1f' || coalesce(notes, ''))",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "locations",
                type: "text",
                nullable: true,
                computedColumnSql: "lower(name || E'\\x1f' || coalesce(address, ''))",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "ip_addresses",
                type: "text",
                nullable: true,
                computedColumnSql: "lower(host(address) || E'\\x1f' || coalesce(hostname, '') || E'\\x1f' || coalesce(description, ''))",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "credentials",
                type: "text",
                nullable: true,
                computedColumnSql: "lower(name || E'\\x1f' || coalesce(username, '') || E'\\x1f' || coalesce(url, ''))",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "contacts",
                type: "text",
                nullable: true,
                computedColumnSql: "lower(name || E'\\x1f' || coalesce(email, '') || E'\\x1f' || coalesce(phone, '') || E'\\x1f' || coalesce(role, ''))",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_vlans_org_id_search_text",
                table: "vlans",
                columns: new[] { "org_id", "search_text" })
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "uuid_ops", "gin_trgm_ops" })
                .Annotation("Npgsql:StorageParameter:gin_pending_list_limit", 256);

            migrationBuilder.CreateIndex(
                name: "ix_subnets_org_id_search_text",
                table: "subnets",
                columns: new[] { "org_id", "search_text" })
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "uuid_ops", "gin_trgm_ops" })
                .Annotation("Npgsql:StorageParameter:gin_pending_list_limit", 256);

            migrationBuilder.CreateIndex(
                name: "ix_racks_org_id_search_text",
                table: "racks",
                columns: new[] { "org_id", "search_text" })
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "uuid_ops", "gin_trgm_ops" })
                .Annotation("Npgsql:StorageParameter:gin_pending_list_limit", 256);

            migrationBuilder.CreateIndex(
                name: "ix_locations_org_id_search_text",
                table: "locations",
                columns: new[] { "org_id", "search_text" })
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "uuid_ops", "gin_trgm_ops" })
                .Annotation("Npgsql:StorageParameter:gin_pending_list_limit", 256);

            migrationBuilder.CreateIndex(
                name: "ix_ip_addresses_org_id_search_text",
                table: "ip_addresses",
                columns: new[] { "org_id", "search_text" })
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "uuid_ops", "gin_trgm_ops" })
                .Annotation("Npgsql:StorageParameter:gin_pending_list_limit", 256);

            migrationBuilder.CreateIndex(
                name: "ix_credentials_org_id_search_text",
                table: "credentials",
                columns: new[] { "org_id", "search_text" })
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "uuid_ops", "gin_trgm_ops" })
                .Annotation("Npgsql:StorageParameter:gin_pending_list_limit", 256);

            migrationBuilder.CreateIndex(
                name: "ix_contacts_org_id_search_text",
                table: "contacts",
                columns: new[] { "org_id", "search_text" })
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "uuid_ops", "gin_trgm_ops" })
                .Annotation("Npgsql:StorageParameter:gin_pending_list_limit", 256);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_vlans_org_id_search_text",
                table: "vlans");

            migrationBuilder.DropIndex(
                name: "ix_subnets_org_id_search_text",
                table: "subnets");

            migrationBuilder.DropIndex(
                name: "ix_racks_org_id_search_text",
                table: "racks");

            migrationBuilder.DropIndex(
                name: "ix_locations_org_id_search_text",
                table: "locations");

            migrationBuilder.DropIndex(
                name: "ix_ip_addresses_org_id_search_text",
                table: "ip_addresses");

            migrationBuilder.DropIndex(
                name: "ix_credentials_org_id_search_text",
                table: "credentials");

            migrationBuilder.DropIndex(
                name: "ix_contacts_org_id_search_text",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "vlans");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "subnets");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "racks");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "locations");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "ip_addresses");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "credentials");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "contacts");

            migrationBuilder.CreateIndex(
                name: "ix_subnets_org_id",
                table: "subnets",
                column: "org_id");

            migrationBuilder.CreateIndex(
                name: "ix_ip_addresses_org_id",
                table: "ip_addresses",
                column: "org_id");
        }
    }
}
