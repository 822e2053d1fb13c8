using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClientStor.Api.Migrations
{
    /// <inheritdoc />
    /// <summary>Teams, their members and grants, platform roles, and the access function every request reads.</summary>
    public partial class Teams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "platform_roles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    permissions = table.Column<string[]>(type: "text[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "teams",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_teams", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "team_grants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: true),
                    platform_role_id = table.Column<Guid>(type: "uuid", nullable: true),
                    role_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_team_grants", x => x.id);
                    table.CheckConstraint("ck_team_grants_one_role", "(platform_role_id IS NULL) <> (role_id IS NULL) AND (role_id IS NULL OR org_id IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_team_grants_orgs_org_id",
                        column: x => x.org_id,
                        principalTable: "orgs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_team_grants_platform_roles_platform_role_id",
                        column: x => x.platform_role_id,
                        principalTable: "platform_roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_team_grants_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_team_grants_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "team_members",
                columns: table => new
                {
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_team_members", x => new { x.team_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_team_members_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_team_members_user_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_platform_roles_normalized_name",
                table: "platform_roles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_team_grants_org_id",
                table: "team_grants",
                column: "org_id");

            migrationBuilder.CreateIndex(
                name: "ix_team_grants_platform_role_id",
                table: "team_grants",
                column: "platform_role_id");

            migrationBuilder.CreateIndex(
                name: "ix_team_grants_role_id",
                table: "team_grants",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "ix_team_grants_team_id_org_id",
                table: "team_grants",
                columns: new[] { "team_id", "org_id" });

            migrationBuilder.CreateIndex(
                name: "ix_team_members_user_id",
                table: "team_members",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_teams_normalized_name",
                table: "teams",
                column: "normalized_name",
                unique: true);

            // The one resolution of a person's access to organisations (see UserAccess): memberships with their roles, and
            // team grants in one organisation or in every organisation (present and future). A plain SQL function the
            // planner inlines, so the caller query's filter on the route's organisation reaches the indexes.
            migrationBuilder.Sql("""
                CREATE FUNCTION user_org_access(p_user uuid)
                RETURNS TABLE (org_id uuid, role_id uuid, role_name text, team_id uuid, team_name text, permissions text[])
                LANGUAGE sql STABLE AS $$
                    SELECT m.org_id, r.id, r.name::text, NULL::uuid, NULL::text, coalesce(r.permissions, ARRAY[]::text[])
                    FROM memberships m
                    LEFT JOIN membership_roles mr ON mr.org_id = m.org_id AND mr.user_id = m.user_id
                    LEFT JOIN roles r ON r.id = mr.role_id
                    WHERE m.user_id = p_user
                    UNION ALL
                    SELECT o.id, coalesce(r.id, pr.id), coalesce(r.name, pr.name)::text, t.id, t.name::text, coalesce(r.permissions, pr.permissions)
                    FROM team_members tm
                    JOIN teams t ON t.id = tm.team_id
                    JOIN team_grants g ON g.team_id = tm.team_id
                    JOIN orgs o ON o.id = g.org_id OR g.org_id IS NULL
                    LEFT JOIN roles r ON r.id = g.role_id
                    LEFT JOIN platform_roles pr ON pr.id = g.platform_role_id
                    WHERE tm.user_id = p_user
                $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION user_org_access(uuid);");
            migrationBuilder.DropTable(
                name: "team_grants");

            migrationBuilder.DropTable(
                name: "team_members");

            migrationBuilder.DropTable(
                name: "platform_roles");

            migrationBuilder.DropTable(
                name: "teams");
        }
    }
}
