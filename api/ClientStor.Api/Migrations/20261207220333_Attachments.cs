using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;

#nullable disable

namespace ClientStor.Api.Migrations
{
    /// <inheritdoc />
    public partial class Attachments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "file_object_deletions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    object_key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_file_object_deletions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "stored_files",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    content_type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    store = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    object_key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stored_files", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "attachments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    parent_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    article_id = table.Column<Guid>(type: "uuid", nullable: true),
                    asset_id = table.Column<Guid>(type: "uuid", nullable: true),
                    credential_id = table.Column<Guid>(type: "uuid", nullable: true),
                    file_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    width = table.Column<int>(type: "integer", nullable: true),
                    height = table.Column<int>(type: "integer", nullable: true),
                    has_thumbnail = table.Column<bool>(type: "boolean", nullable: false),
                    thumbnail = table.Column<byte[]>(type: "bytea", nullable: true),
                    text_content = table.Column<string>(type: "character varying(65536)", maxLength: 65536, nullable: true),
                    uploaded_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    uploaded_by_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    search_text = table.Column<string>(type: "text", nullable: true, computedColumnSql: "lower(file_name)", stored: true),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true, computedColumnSql: "setweight(to_tsvector('simple'::regconfig, regexp_replace(coalesce(file_name, ''), '[._-]+', ' ', 'g')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(text_content, '')), 'C')", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attachments", x => x.id);
                    table.CheckConstraint("ck_attachments_one_parent", "num_nonnulls(article_id, asset_id, credential_id) = 1");
                    table.ForeignKey(
                        name: "fk_attachments_article_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_attachments_assets_asset_id",
                        column: x => x.asset_id,
                        principalTable: "assets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_attachments_credential_credential_id",
                        column: x => x.credential_id,
                        principalTable: "credentials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_attachments_org_org_id",
                        column: x => x.org_id,
                        principalTable: "orgs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_attachments_stored_file_file_id",
                        column: x => x.file_id,
                        principalTable: "stored_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "file_chunks",
                columns: table => new
                {
                    file_id = table.Column<Guid>(type: "uuid", nullable: false),
                    seq = table.Column<int>(type: "integer", nullable: false),
                    data = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_file_chunks", x => new { x.file_id, x.seq });
                    table.ForeignKey(
                        name: "fk_file_chunks_stored_file_file_id",
                        column: x => x.file_id,
                        principalTable: "stored_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_attachments_article_id_created_at",
                table: "attachments",
                columns: new[] { "article_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_attachments_asset_id_created_at",
                table: "attachments",
                columns: new[] { "asset_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_attachments_credential_id_created_at",
                table: "attachments",
                columns: new[] { "credential_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_attachments_file_id",
                table: "attachments",
                column: "file_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_attachments_org_id_search_text",
                table: "attachments",
                columns: new[] { "org_id", "search_text" })
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "uuid_ops", "gin_trgm_ops" })
                .Annotation("Npgsql:StorageParameter:gin_pending_list_limit", 256);

            migrationBuilder.CreateIndex(
                name: "ix_attachments_search_vector",
                table: "attachments",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:StorageParameter:gin_pending_list_limit", 256);

            migrationBuilder.CreateIndex(
                name: "ix_stored_files_org_id",
                table: "stored_files",
                column: "org_id")
                .Annotation("Npgsql:IndexInclude", new[] { "size" });

            // Chunks are stored as they come: most uploads (archives, images, PDFs) are compressed already.
            migrationBuilder.Sql("ALTER TABLE file_chunks ALTER COLUMN data SET STORAGE EXTERNAL;");
            // An attachment owns its file: deleting it (or its parent, or its organisation, by cascade) deletes the bytes.
            migrationBuilder.Sql("""
                CREATE FUNCTION attachments_delete_file() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM stored_files WHERE id = OLD.file_id;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER attachments_delete_file AFTER DELETE ON attachments
                    FOR EACH ROW EXECUTE FUNCTION attachments_delete_file();
                """);
            // An object of the S3 store whose row is gone is queued for the sweeper (the database cannot delete it itself).
            migrationBuilder.Sql("""
                CREATE FUNCTION stored_files_queue_object_deletion() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF OLD.object_key IS NOT NULL THEN
                        INSERT INTO file_object_deletions (object_key, deleted_at) VALUES (OLD.object_key, now());
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER stored_files_queue_object_deletion AFTER DELETE ON stored_files
                    FOR EACH ROW EXECUTE FUNCTION stored_files_queue_object_deletion();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS attachments_delete_file ON attachments; DROP FUNCTION IF EXISTS attachments_delete_file();");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS stored_files_queue_object_deletion ON stored_files; DROP FUNCTION IF EXISTS stored_files_queue_object_deletion();");
            migrationBuilder.DropTable(
                name: "attachments");

            migrationBuilder.DropTable(
                name: "file_chunks");

            migrationBuilder.DropTable(
                name: "file_object_deletions");

            migrationBuilder.DropTable(
                name: "stored_files");
        }
    }
}
