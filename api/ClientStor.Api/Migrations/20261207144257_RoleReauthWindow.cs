using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClientStor.Api.Migrations
{
    /// <inheritdoc />
    public partial class RoleReauthWindow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "reauth_window_minutes",
                table: "roles",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "reauth_window_minutes",
                table: "platform_roles",
                type: "integer",
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_roles_reauth_window",
                table: "roles",
                sql: "reauth_window_minutes BETWEEN 1 AND 30");

            migrationBuilder.AddCheckConstraint(
                name: "ck_platform_roles_reauth_window",
                table: "platform_roles",
                sql: "reauth_window_minutes BETWEEN 1 AND 30");

            // The function's result gains a column: PostgreSQL changes a function's row type only by recreating it.
            migrationBuilder.Sql("DROP FUNCTION user_org_access(uuid);");
            migrationBuilder.Sql(UserOrgAccessSql.Create(withReauthWindow: true));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION user_org_access(uuid);");
            migrationBuilder.Sql(UserOrgAccessSql.Create(withReauthWindow: false));

            migrationBuilder.DropCheckConstraint(
                name: "ck_roles_reauth_window",
                table: "roles");

            migrationBuilder.DropCheckConstraint(
                name: "ck_platform_roles_reauth_window",
                table: "platform_roles");

            migrationBuilder.DropColumn(
                name: "reauth_window_minutes",
                table: "roles");

            migrationBuilder.DropColumn(
                name: "reauth_window_minutes",
                table: "platform_roles");
        }
    }

    // user_org_access as the Teams migration made it, with the role's re-authentication window (see ReauthWindows): the
    // caller query takes the shortest among the roles a person holds in the route's organisation.
    internal static class UserOrgAccessSql
    {
        public static string Create(bool withReauthWindow) => $$"""
            CREATE FUNCTION user_org_access(p_user uuid)
            RETURNS TABLE (org_id uuid, role_id uuid, role_name text, team_id uuid, team_name text, permissions text[]{{(withReauthWindow ? ", reauth_window_minutes integer" : "")}})
            LANGUAGE sql STABLE AS $$
                SELECT m.org_id, r.id, r.name::text, NULL::uuid, NULL::text, coalesce(r.permissions, ARRAY[]::text[]){{(withReauthWindow ? ", r.reauth_window_minutes" : "")}}
                FROM memberships m
                LEFT JOIN membership_roles mr ON mr.org_id = m.org_id AND mr.user_id = m.user_id
                LEFT JOIN roles r ON r.id = mr.role_id
                WHERE m.user_id = p_user
                UNION ALL
                SELECT o.id, coalesce(r.id, pr.id), coalesce(r.name, pr.name)::text, t.id, t.name::text, coalesce(r.permissions, pr.permissions){{(withReauthWindow ? ", coalesce(r.reauth_window_minutes, pr.reauth_window_minutes)" : "")}}
                FROM team_members tm
                JOIN teams t ON t.id = tm.team_id
                JOIN team_grants g ON g.team_id = tm.team_id
                JOIN orgs o ON o.id = g.org_id OR g.org_id IS NULL
                LEFT JOIN roles r ON r.id = g.role_id
                LEFT JOIN platform_roles pr ON pr.id = g.platform_role_id
                WHERE tm.user_id = p_user
            $$;
            """;
    }
}
