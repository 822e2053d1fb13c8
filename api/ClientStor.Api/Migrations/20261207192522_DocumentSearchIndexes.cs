using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClientStor.Api.Migrations
{
    /// <inheritdoc />
    public partial class DocumentSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_articles_asset_ids",
                table: "articles");

            migrationBuilder.DropIndex(
                name: "ix_articles_linked_article_ids",
                table: "articles");

            migrationBuilder.DropIndex(
                name: "ix_articles_search_vector",
                table: "articles");

            migrationBuilder.DropIndex(
                name: "ix_articles_tags",
                table: "articles");

            migrationBuilder.CreateIndex(
                name: "ix_articles_asset_ids",
                table: "articles",
                column: "asset_ids")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:StorageParameter:gin_pending_list_limit", 256);

            migrationBuilder.CreateIndex(
                name: "ix_articles_linked_article_ids",
                table: "articles",
                column: "linked_article_ids")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:StorageParameter:gin_pending_list_limit", 256);

            migrationBuilder.CreateIndex(
                name: "ix_articles_search_vector",
                table: "articles",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:StorageParameter:gin_pending_list_limit", 256);

            migrationBuilder.CreateIndex(
                name: "ix_articles_tags",
                table: "articles",
                column: "tags")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:StorageParameter:gin_pending_list_limit", 256);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_articles_asset_ids",
                table: "articles");

            migrationBuilder.DropIndex(
                name: "ix_articles_linked_article_ids",
                table: "articles");

            migrationBuilder.DropIndex(
                name: "ix_articles_search_vector",
                table: "articles");

            migrationBuilder.DropIndex(
                name: "ix_articles_tags",
                table: "articles");

            migrationBuilder.CreateIndex(
                name: "ix_articles_asset_ids",
                table: "articles",
                column: "asset_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_articles_linked_article_ids",
                table: "articles",
                column: "linked_article_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_articles_search_vector",
                table: "articles",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_articles_tags",
                table: "articles",
                column: "tags")
                .Annotation("Npgsql:IndexMethod", "gin");
        }
    }
}
