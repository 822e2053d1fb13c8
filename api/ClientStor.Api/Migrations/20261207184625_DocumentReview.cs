using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClientStor.Api.Migrations
{
    /// <inheritdoc />
    public partial class DocumentReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "docs_review_required",
                table: "orgs",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "revision_count",
                table: "articles",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "base_revision",
                table: "article_revisions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "review_comment",
                table: "article_revisions",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "reviewed_at",
                table: "article_revisions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "reviewed_by_id",
                table: "article_revisions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reviewed_by_name",
                table: "article_revisions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "article_revisions",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "published");

            // Existing articles have given out exactly the numbers up to their published revision.
            migrationBuilder.Sql("UPDATE articles SET revision_count = revision;");
            // docs.publish is new: the built-in Owner and Admin roles hold every permission (Admin all but org.delete).
            migrationBuilder.Sql("""
                UPDATE roles SET permissions = array_append(permissions, 'docs.publish')
                WHERE is_built_in AND name IN ('Owner', 'Admin') AND NOT ('docs.publish' = ANY (permissions));
                """);

            migrationBuilder.CreateIndex(
                name: "ix_article_revisions_org_id_status_created_at_id",
                table: "article_revisions",
                columns: new[] { "org_id", "status", "created_at", "id" },
                filter: "status = 'pending'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_article_revisions_org_id_status_created_at_id",
                table: "article_revisions");

            migrationBuilder.DropColumn(
                name: "docs_review_required",
                table: "orgs");

            migrationBuilder.DropColumn(
                name: "revision_count",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "base_revision",
                table: "article_revisions");

            migrationBuilder.DropColumn(
                name: "review_comment",
                table: "article_revisions");

            migrationBuilder.DropColumn(
                name: "reviewed_at",
                table: "article_revisions");

            migrationBuilder.DropColumn(
                name: "reviewed_by_id",
                table: "article_revisions");

            migrationBuilder.DropColumn(
                name: "reviewed_by_name",
                table: "article_revisions");

            migrationBuilder.DropColumn(
                name: "status",
                table: "article_revisions");
        }
    }
}
