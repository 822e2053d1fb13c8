using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClientStor.Api.Migrations
{
    /// <inheritdoc />
    public partial class PatchPanelPosition : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "face",
                table: "patch_panels",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "front"); // existing panels: front, one unit, not positioned

            migrationBuilder.AddColumn<int>(
                name: "height_u",
                table: "patch_panels",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "position_u",
                table: "patch_panels",
                type: "integer",
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_patch_panels_height",
                table: "patch_panels",
                sql: "height_u BETWEEN 1 AND 4");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_patch_panels_height",
                table: "patch_panels");

            migrationBuilder.DropColumn(
                name: "face",
                table: "patch_panels");

            migrationBuilder.DropColumn(
                name: "height_u",
                table: "patch_panels");

            migrationBuilder.DropColumn(
                name: "position_u",
                table: "patch_panels");
        }
    }
}
