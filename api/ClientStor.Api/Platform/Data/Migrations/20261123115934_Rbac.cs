using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClientStor.Api.Platform.Data.Migrations
{
    /// <inheritdoc />
    public partial class Rbac : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "memberships",
                columns: table => new
                {
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_memberships", x => new { x.org_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_memberships_orgs_org_id",
                        column: x => x.org_id,
                        principalTable: "orgs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_memberships_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "roles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    is_built_in = table.Column<bool>(type: "boolean", nullable: false),
                    permissions = table.Column<string[]>(type: "text[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_roles", x => x.id);
                    table.ForeignKey(
                        name: "fk_roles_orgs_org_id",
                        column: x => x.org_id,
                        principalTable: "orgs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "membership_roles",
                columns: table => new
                {
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_membership_roles", x => new { x.org_id, x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_membership_roles_memberships_org_id_user_id",
                        columns: x => new { x.org_id, x.user_id },
                        principalTable: "memberships",
                        principalColumns: new[] { "org_id", "user_id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_membership_roles_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id");
                });

            migrationBuilder.CreateIndex(
                name: "ix_membership_roles_role_id",
                table: "membership_roles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "ix_memberships_user_id",
                table: "memberships",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_roles_org_id_normalized_name",
                table: "roles",
                columns: new[] { "org_id", "normalized_name" },
                unique: true);

            // Organisations created before roles existed get the built-in roles (as of this migration).
            migrationBuilder.Sql("""
                INSERT INTO roles (id, org_id, name, normalized_name, description, is_built_in, permissions, created_at, updated_at) SELECT gen_random_uuid(), o.id, 'Owner', 'OWNER', 'Everything, including deleting the organisation.', true, ARRAY['org.read', 'org.delete', 'settings.manage', 'members.manage', 'roles.manage', 'apikeys.manage', 'audit.read', 'audit.export', 'assets.read', 'assets.write', 'assets.delete', 'ipam.read', 'ipam.write', 'vault.read', 'vault.write', 'vault.reveal', 'docs.read', 'docs.write', 'tickets.read', 'tickets.write', 'billing.read', 'billing.write', 'integrations.manage']::text[], now(), now() FROM orgs o;
                INSERT INTO roles (id, org_id, name, normalized_name, description, is_built_in, permissions, created_at, updated_at) SELECT gen_random_uuid(), o.id, 'Admin', 'ADMIN', 'Everything except deleting the organisation.', true, ARRAY['org.read', 'settings.manage', 'members.manage', 'roles.manage', 'apikeys.manage', 'audit.read', 'audit.export', 'assets.read', 'assets.write', 'assets.delete', 'ipam.read', 'ipam.write', 'vault.read', 'vault.write', 'vault.reveal', 'docs.read', 'docs.write', 'tickets.read', 'tickets.write', 'billing.read', 'billing.write', 'integrations.manage']::text[], now(), now() FROM orgs o;
                INSERT INTO roles (id, org_id, name, normalized_name, description, is_built_in, permissions, created_at, updated_at) SELECT gen_random_uuid(), o.id, 'Technician', 'TECHNICIAN', 'Day-to-day work: assets, IPAM, vault (with reveal), docs and tickets.', true, ARRAY['org.read', 'assets.read', 'assets.write', 'ipam.read', 'ipam.write', 'vault.read', 'vault.write', 'vault.reveal', 'docs.read', 'docs.write', 'tickets.read', 'tickets.write']::text[], now(), now() FROM orgs o;
                INSERT INTO roles (id, org_id, name, normalized_name, description, is_built_in, permissions, created_at, updated_at) SELECT gen_random_uuid(), o.id, 'Read-only', 'READ-ONLY', 'Look, never touch: read access without secrets.', true, ARRAY['org.read', 'assets.read', 'ipam.read', 'vault.read', 'docs.read', 'tickets.read']::text[], now(), now() FROM orgs o;
                INSERT INTO roles (id, org_id, name, normalized_name, description, is_built_in, permissions, created_at, updated_at) SELECT gen_random_uuid(), o.id, 'Billing', 'BILLING', 'Contracts and invoices, and the tickets they bill.', true, ARRAY['org.read', 'billing.read', 'billing.write', 'tickets.read']::text[], now(), now() FROM orgs o;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "membership_roles");

            migrationBuilder.DropTable(
                name: "memberships");

            migrationBuilder.DropTable(
                name: "roles");
        }
    }
}
