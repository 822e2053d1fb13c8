using System;
using System.Collections.Generic;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ClientStor.Api.Migrations
{
    /// <inheritdoc />
    /// <summary>
    /// The schema as of 0.8 in one migration (the 17 earlier ones squashed before any installation existed): the model's
    /// tables plus what EF cannot model — the audit log's append-only guard and commit-time sealing, unique inet/cidr
    /// indexes, GIN pending-list limits. Forward-only from here: every later change is a new migration.
    /// </summary>
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gin", ",,")
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateSequence(
                name: "audit_events_id_seq");

            migrationBuilder.CreateTable(
                name: "OpenIddictApplications",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    application_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    client_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    client_secret = table.Column<string>(type: "text", nullable: true),
                    client_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    concurrency_token = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    consent_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    display_name = table.Column<string>(type: "text", nullable: true),
                    display_names = table.Column<string>(type: "text", nullable: true),
                    json_web_key_set = table.Column<string>(type: "text", nullable: true),
                    permissions = table.Column<string>(type: "text", nullable: true),
                    post_logout_redirect_uris = table.Column<string>(type: "text", nullable: true),
                    properties = table.Column<string>(type: "text", nullable: true),
                    redirect_uris = table.Column<string>(type: "text", nullable: true),
                    requirements = table.Column<string>(type: "text", nullable: true),
                    settings = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_open_iddict_applications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "OpenIddictScopes",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    concurrency_token = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    description = table.Column<string>(type: "text", nullable: true),
                    descriptions = table.Column<string>(type: "text", nullable: true),
                    display_name = table.Column<string>(type: "text", nullable: true),
                    display_names = table.Column<string>(type: "text", nullable: true),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    properties = table.Column<string>(type: "text", nullable: true),
                    resources = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_open_iddict_scopes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_chain_heads",
                columns: table => new
                {
                    chain = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    last_seq = table.Column<long>(type: "bigint", nullable: false),
                    last_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_chain_heads", x => x.chain);
                });

            migrationBuilder.CreateTable(
                name: "audit_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    chain = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    chain_seq = table.Column<long>(type: "bigint", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    actor_type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    actor_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    actor_name = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    org_id = table.Column<Guid>(type: "uuid", nullable: true),
                    target_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    target_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ip = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    user_agent = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    request_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    details = table.Column<string>(type: "json", nullable: true),
                    prev_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_pending",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    transaction_id = table.Column<long>(type: "bigint", nullable: false, defaultValueSql: "pg_current_xact_id()::text::bigint"),
                    position = table.Column<long>(type: "bigint", nullable: false),
                    chain = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    actor_type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    actor_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    actor_name = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    org_id = table.Column<Guid>(type: "uuid", nullable: true),
                    target_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    target_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ip = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    user_agent = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    request_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    details = table.Column<string>(type: "json", nullable: true),
                    canonical_tail = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_pending", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "text", nullable: false),
                    xml = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    method = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    path = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    request_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    status_code = table.Column<int>(type: "integer", nullable: true),
                    content_type = table.Column<string>(type: "text", nullable: true),
                    location = table.Column<string>(type: "text", nullable: true),
                    e_tag = table.Column<string>(type: "text", nullable: true),
                    body = table.Column<byte[]>(type: "bytea", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "key_versions",
                columns: table => new
                {
                    version = table.Column<int>(type: "integer", nullable: false),
                    salt = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_key_versions", x => x.version);
                });

            migrationBuilder.CreateTable(
                name: "master_key_info",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    password_salt = table.Column<byte[]>(type: "bytea", nullable: true),
                    key_check = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_master_key_info", x => x.id);
                    table.CheckConstraint("ck_master_key_info_single_row", "id = 1");
                });

            migrationBuilder.CreateTable(
                name: "orgs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    notes = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orgs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "platform_settings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    require_mfa = table.Column<bool>(type: "boolean", nullable: false),
                    admin_allowed_ips = table.Column<List<string>>(type: "text[]", nullable: false, defaultValueSql: "'{}'::text[]"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_settings", x => x.id);
                    table.CheckConstraint("ck_platform_settings_single_row", "id = 1");
                });

            migrationBuilder.CreateTable(
                name: "server_keys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    use = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    pem = table.Column<string>(type: "text", nullable: true),
                    pem_ciphertext = table.Column<byte[]>(type: "bytea", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_server_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    normalized_email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    display_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    password_hash = table.Column<string>(type: "text", nullable: false),
                    is_global_admin = table.Column<bool>(type: "boolean", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    failed_login_count = table.Column<int>(type: "integer", nullable: false),
                    locked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    must_change_password = table.Column<bool>(type: "boolean", nullable: false),
                    password_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    require_mfa = table.Column<bool>(type: "boolean", nullable: false),
                    totp_secret = table.Column<byte[]>(type: "bytea", nullable: true),
                    totp_pending_secret = table.Column<byte[]>(type: "bytea", nullable: true),
                    totp_enabled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    totp_last_step = table.Column<long>(type: "bigint", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "OpenIddictAuthorizations",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    application_id = table.Column<string>(type: "text", nullable: true),
                    concurrency_token = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    creation_date = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    properties = table.Column<string>(type: "text", nullable: true),
                    scopes = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    subject = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_open_iddict_authorizations", x => x.id);
                    table.ForeignKey(
                        name: "fk_open_iddict_authorizations_open_iddict_applications_application",
                        column: x => x.application_id,
                        principalTable: "OpenIddictApplications",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "api_keys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: true),
                    all_orgs = table.Column<bool>(type: "boolean", nullable: false),
                    org_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    client_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    application_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    scopes = table.Column<List<string>>(type: "text[]", nullable: false),
                    allowed_ips = table.Column<List<string>>(type: "text[]", nullable: false),
                    created_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_by_email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    rotated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_used_ip = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_keys", x => x.id);
                    table.ForeignKey(
                        name: "fk_api_keys_org_org_id",
                        column: x => x.org_id,
                        principalTable: "orgs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "asset_types",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    fields = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asset_types", x => x.id);
                    table.ForeignKey(
                        name: "fk_asset_types_org_org_id",
                        column: x => x.org_id,
                        principalTable: "orgs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contacts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    phone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    role = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    notes = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contacts", x => x.id);
                    table.ForeignKey(
                        name: "fk_contacts_org_org_id",
                        column: x => x.org_id,
                        principalTable: "orgs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "locations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    address = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    notes = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_locations", x => x.id);
                    table.ForeignKey(
                        name: "fk_locations_locations_parent_id",
                        column: x => x.parent_id,
                        principalTable: "locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_locations_org_org_id",
                        column: x => x.org_id,
                        principalTable: "orgs",
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
                name: "vault_folders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vault_folders", x => x.id);
                    table.ForeignKey(
                        name: "fk_vault_folders_orgs_org_id",
                        column: x => x.org_id,
                        principalTable: "orgs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_vault_folders_vault_folders_parent_id",
                        column: x => x.parent_id,
                        principalTable: "vault_folders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vlans", x => x.id);
                    table.CheckConstraint("ck_vlans_vid", "vid BETWEEN 1 AND 4094");
                    table.ForeignKey(
                        name: "fk_vlans_org_org_id",
                        column: x => x.org_id,
                        principalTable: "orgs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "memberships",
                columns: table => new
                {
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
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
                        name: "fk_memberships_user_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "recovery_codes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recovery_codes", x => x.id);
                    table.ForeignKey(
                        name: "fk_recovery_codes_user_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reauthenticated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ip = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    user_agent = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    mfa_pending = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_sessions_user_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OpenIddictTokens",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    application_id = table.Column<string>(type: "text", nullable: true),
                    authorization_id = table.Column<string>(type: "text", nullable: true),
                    concurrency_token = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    creation_date = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    expiration_date = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    payload = table.Column<string>(type: "text", nullable: true),
                    properties = table.Column<string>(type: "text", nullable: true),
                    redemption_date = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    reference_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    subject = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    type = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_open_iddict_tokens", x => x.id);
                    table.ForeignKey(
                        name: "fk_open_iddict_tokens_open_iddict_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "OpenIddictApplications",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_open_iddict_tokens_open_iddict_authorizations_authorization_id",
                        column: x => x.authorization_id,
                        principalTable: "OpenIddictAuthorizations",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "assets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    serial = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    manufacturer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    model = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    location_id = table.Column<Guid>(type: "uuid", nullable: true),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: true),
                    purchase_date = table.Column<DateOnly>(type: "date", nullable: true),
                    warranty_expires = table.Column<DateOnly>(type: "date", nullable: true),
                    notes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    mac_addresses = table.Column<List<string>>(type: "text[]", nullable: false),
                    custom_fields = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    search_text = table.Column<string>(type: "text", nullable: true, computedColumnSql: "lower(name || E'\\x1f' || coalesce(serial, '') || E'\\x1f' || coalesce(manufacturer, '') || E'\\x1f' || coalesce(model, ''))", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assets", x => x.id);
                    table.ForeignKey(
                        name: "fk_assets_contact_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_assets_location_location_id",
                        column: x => x.location_id,
                        principalTable: "locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assets_org_org_id",
                        column: x => x.org_id,
                        principalTable: "orgs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "racks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    location_id = table.Column<Guid>(type: "uuid", nullable: true),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    height_u = table.Column<int>(type: "integer", nullable: false),
                    notes = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_racks", x => x.id);
                    table.CheckConstraint("ck_racks_height", "height_u BETWEEN 1 AND 60");
                    table.ForeignKey(
                        name: "fk_racks_locations_location_id",
                        column: x => x.location_id,
                        principalTable: "locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_racks_orgs_org_id",
                        column: x => x.org_id,
                        principalTable: "orgs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "credentials",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    folder_id = table.Column<Guid>(type: "uuid", nullable: true),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    username = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    notes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    related_asset_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    updated_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credentials", x => x.id);
                    table.ForeignKey(
                        name: "fk_credentials_orgs_org_id",
                        column: x => x.org_id,
                        principalTable: "orgs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_credentials_vault_folder_folder_id",
                        column: x => x.folder_id,
                        principalTable: "vault_folders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
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
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subnets", x => x.id);
                    table.ForeignKey(
                        name: "fk_subnets_location_location_id",
                        column: x => x.location_id,
                        principalTable: "locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_subnets_org_org_id",
                        column: x => x.org_id,
                        principalTable: "orgs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_subnets_vlan_vlan_id",
                        column: x => x.vlan_id,
                        principalTable: "vlans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
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
                        name: "fk_membership_roles_role_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "session_authorizations",
                columns: table => new
                {
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    authorization_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_session_authorizations", x => new { x.session_id, x.authorization_id });
                    table.ForeignKey(
                        name: "fk_session_authorizations_session_session_id",
                        column: x => x.session_id,
                        principalTable: "sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "asset_interfaces",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    asset_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    mac_address = table.Column<string>(type: "character varying(17)", maxLength: 17, nullable: true),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asset_interfaces", x => x.id);
                    table.ForeignKey(
                        name: "fk_asset_interfaces_assets_asset_id",
                        column: x => x.asset_id,
                        principalTable: "assets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "asset_relations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_asset_id = table.Column<Guid>(type: "uuid", nullable: false),
                    to_asset_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asset_relations", x => x.id);
                    table.ForeignKey(
                        name: "fk_asset_relations_assets_from_asset_id",
                        column: x => x.from_asset_id,
                        principalTable: "assets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_asset_relations_assets_to_asset_id",
                        column: x => x.to_asset_id,
                        principalTable: "assets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "patch_panels",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    rack_id = table.Column<Guid>(type: "uuid", nullable: true),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    port_count = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patch_panels", x => x.id);
                    table.CheckConstraint("ck_patch_panels_ports", "port_count BETWEEN 1 AND 96");
                    table.ForeignKey(
                        name: "fk_patch_panels_orgs_org_id",
                        column: x => x.org_id,
                        principalTable: "orgs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_patch_panels_rack_rack_id",
                        column: x => x.rack_id,
                        principalTable: "racks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "rack_placements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    rack_id = table.Column<Guid>(type: "uuid", nullable: false),
                    asset_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position_u = table.Column<int>(type: "integer", nullable: false),
                    height_u = table.Column<int>(type: "integer", nullable: false),
                    face = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    full_depth = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rack_placements", x => x.id);
                    table.ForeignKey(
                        name: "fk_rack_placements_assets_asset_id",
                        column: x => x.asset_id,
                        principalTable: "assets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_rack_placements_racks_rack_id",
                        column: x => x.rack_id,
                        principalTable: "racks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "credential_secrets",
                columns: table => new
                {
                    credential_id = table.Column<Guid>(type: "uuid", nullable: false),
                    field = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ciphertext = table.Column<byte[]>(type: "bytea", nullable: false),
                    key_version = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credential_secrets", x => new { x.credential_id, x.field });
                    table.ForeignKey(
                        name: "fk_credential_secrets_credentials_credential_id",
                        column: x => x.credential_id,
                        principalTable: "credentials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
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
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
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
                        name: "fk_ip_addresses_org_org_id",
                        column: x => x.org_id,
                        principalTable: "orgs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_ip_addresses_subnet_subnet_id",
                        column: x => x.subnet_id,
                        principalTable: "subnets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "patch_ports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_id = table.Column<Guid>(type: "uuid", nullable: false),
                    panel_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    connected_port_id = table.Column<Guid>(type: "uuid", nullable: true),
                    connected_interface_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patch_ports", x => x.id);
                    table.ForeignKey(
                        name: "fk_patch_ports_asset_interfaces_connected_interface_id",
                        column: x => x.connected_interface_id,
                        principalTable: "asset_interfaces",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_patch_ports_patch_panels_panel_id",
                        column: x => x.panel_id,
                        principalTable: "patch_panels",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_patch_ports_patch_ports_connected_port_id",
                        column: x => x.connected_port_id,
                        principalTable: "patch_ports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.InsertData(
                table: "platform_settings",
                columns: new[] { "id", "require_mfa", "updated_at" },
                values: new object[] { 1, false, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) });

            migrationBuilder.CreateIndex(
                name: "ix_open_iddict_applications_client_id",
                table: "OpenIddictApplications",
                column: "client_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_open_iddict_authorizations_application_id_status_subject_type",
                table: "OpenIddictAuthorizations",
                columns: new[] { "application_id", "status", "subject", "type" });

            migrationBuilder.CreateIndex(
                name: "ix_open_iddict_scopes_name",
                table: "OpenIddictScopes",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_open_iddict_tokens_application_id_status_subject_type",
                table: "OpenIddictTokens",
                columns: new[] { "application_id", "status", "subject", "type" });

            migrationBuilder.CreateIndex(
                name: "ix_open_iddict_tokens_authorization_id",
                table: "OpenIddictTokens",
                column: "authorization_id");

            migrationBuilder.CreateIndex(
                name: "ix_open_iddict_tokens_reference_id",
                table: "OpenIddictTokens",
                column: "reference_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_api_keys_client_id",
                table: "api_keys",
                column: "client_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_api_keys_org_id_created_at",
                table: "api_keys",
                columns: new[] { "org_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_asset_interfaces_asset_id_name",
                table: "asset_interfaces",
                columns: new[] { "asset_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_asset_interfaces_org_id_mac_address",
                table: "asset_interfaces",
                columns: new[] { "org_id", "mac_address" });

            migrationBuilder.CreateIndex(
                name: "ix_asset_relations_from_asset_id_to_asset_id_kind",
                table: "asset_relations",
                columns: new[] { "from_asset_id", "to_asset_id", "kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_asset_relations_to_asset_id",
                table: "asset_relations",
                column: "to_asset_id");

            migrationBuilder.CreateIndex(
                name: "ix_asset_types_org_id_key",
                table: "asset_types",
                columns: new[] { "org_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_assets_contact_id",
                table: "assets",
                column: "contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_assets_location_id",
                table: "assets",
                column: "location_id");

            migrationBuilder.CreateIndex(
                name: "ix_assets_mac_addresses",
                table: "assets",
                column: "mac_addresses")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:StorageParameter:gin_pending_list_limit", 256);

            migrationBuilder.CreateIndex(
                name: "ix_assets_org_id_created_at_id",
                table: "assets",
                columns: new[] { "org_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_assets_org_id_location_id",
                table: "assets",
                columns: new[] { "org_id", "location_id" });

            migrationBuilder.CreateIndex(
                name: "ix_assets_org_id_name_id",
                table: "assets",
                columns: new[] { "org_id", "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_assets_org_id_search_text",
                table: "assets",
                columns: new[] { "org_id", "search_text" })
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "uuid_ops", "gin_trgm_ops" })
                .Annotation("Npgsql:StorageParameter:gin_pending_list_limit", 256);

            migrationBuilder.CreateIndex(
                name: "ix_assets_org_id_serial",
                table: "assets",
                columns: new[] { "org_id", "serial" });

            migrationBuilder.CreateIndex(
                name: "ix_assets_org_id_status_name_id",
                table: "assets",
                columns: new[] { "org_id", "status", "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_assets_org_id_type_name_id",
                table: "assets",
                columns: new[] { "org_id", "type", "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_assets_org_id_updated_at_id",
                table: "assets",
                columns: new[] { "org_id", "updated_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_assets_org_id_warranty_expires",
                table: "assets",
                columns: new[] { "org_id", "warranty_expires" });

            migrationBuilder.CreateIndex(
                name: "ix_assets_tags",
                table: "assets",
                column: "tags")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:StorageParameter:gin_pending_list_limit", 256);

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_actor_id_id",
                table: "audit_events",
                columns: new[] { "actor_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_category_id",
                table: "audit_events",
                columns: new[] { "category", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_chain_chain_seq",
                table: "audit_events",
                columns: new[] { "chain", "chain_seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_occurred_at",
                table: "audit_events",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_org_id_id",
                table: "audit_events",
                columns: new[] { "org_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_target_type_target_id",
                table: "audit_events",
                columns: new[] { "target_type", "target_id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_pending_transaction_id",
                table: "audit_pending",
                column: "transaction_id");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_org_id_name_id",
                table: "contacts",
                columns: new[] { "org_id", "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_credential_secrets_key_version",
                table: "credential_secrets",
                column: "key_version");

            migrationBuilder.CreateIndex(
                name: "ix_credentials_folder_id",
                table: "credentials",
                column: "folder_id");

            migrationBuilder.CreateIndex(
                name: "ix_credentials_org_id_created_at_id",
                table: "credentials",
                columns: new[] { "org_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_credentials_org_id_folder_id",
                table: "credentials",
                columns: new[] { "org_id", "folder_id" });

            migrationBuilder.CreateIndex(
                name: "ix_credentials_org_id_name_id",
                table: "credentials",
                columns: new[] { "org_id", "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_credentials_org_id_related_asset_id",
                table: "credentials",
                columns: new[] { "org_id", "related_asset_id" });

            migrationBuilder.CreateIndex(
                name: "ix_credentials_org_id_updated_at_id",
                table: "credentials",
                columns: new[] { "org_id", "updated_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_credentials_tags",
                table: "credentials",
                column: "tags")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:StorageParameter:gin_pending_list_limit", 256);

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_records_actor_key",
                table: "idempotency_records",
                columns: new[] { "actor", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_records_created_at",
                table: "idempotency_records",
                column: "created_at");

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
                name: "ix_locations_org_id_name_id",
                table: "locations",
                columns: new[] { "org_id", "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_locations_parent_id",
                table: "locations",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_membership_roles_role_id",
                table: "membership_roles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "ix_memberships_user_id",
                table: "memberships",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_orgs_created_at_id",
                table: "orgs",
                columns: new[] { "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_orgs_normalized_name",
                table: "orgs",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_orgs_normalized_name_id",
                table: "orgs",
                columns: new[] { "normalized_name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_orgs_slug",
                table: "orgs",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_orgs_updated_at_id",
                table: "orgs",
                columns: new[] { "updated_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_patch_panels_org_id_name_id",
                table: "patch_panels",
                columns: new[] { "org_id", "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_patch_panels_rack_id",
                table: "patch_panels",
                column: "rack_id");

            migrationBuilder.CreateIndex(
                name: "ix_patch_ports_connected_interface_id",
                table: "patch_ports",
                column: "connected_interface_id",
                unique: true,
                filter: "connected_interface_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_patch_ports_connected_port_id",
                table: "patch_ports",
                column: "connected_port_id",
                unique: true,
                filter: "connected_port_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_patch_ports_panel_id_number",
                table: "patch_ports",
                columns: new[] { "panel_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rack_placements_asset_id",
                table: "rack_placements",
                column: "asset_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rack_placements_rack_id",
                table: "rack_placements",
                column: "rack_id");

            migrationBuilder.CreateIndex(
                name: "ix_racks_location_id",
                table: "racks",
                column: "location_id");

            migrationBuilder.CreateIndex(
                name: "ix_racks_org_id_name_id",
                table: "racks",
                columns: new[] { "org_id", "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_recovery_codes_user_id_hash",
                table: "recovery_codes",
                columns: new[] { "user_id", "hash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_roles_org_id_normalized_name",
                table: "roles",
                columns: new[] { "org_id", "normalized_name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_server_keys_use",
                table: "server_keys",
                column: "use",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sessions_user_id",
                table: "sessions",
                column: "user_id");

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
                name: "ix_users_normalized_email",
                table: "users",
                column: "normalized_email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_vault_folders_org_id_normalized_name_id",
                table: "vault_folders",
                columns: new[] { "org_id", "normalized_name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_vault_folders_org_id_parent_id_normalized_name",
                table: "vault_folders",
                columns: new[] { "org_id", "parent_id", "normalized_name" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_vault_folders_parent_id",
                table: "vault_folders",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_vlans_org_id_vid",
                table: "vlans",
                columns: new[] { "org_id", "vid" },
                unique: true);

            // Append-only audit log (the retention purge is the one exception, see AuditRetention).
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_events_guard() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'DELETE' AND current_setting('clientstor.audit_purge', true) = 'on' THEN
                        RETURN OLD;
                    END IF;
                    RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
                END
                $$;
                CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
                    FOR EACH ROW EXECUTE FUNCTION audit_events_guard();
                CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_guard();
                """);
            // Unique networks and addresses per organisation (EF cannot model unique indexes on inet/cidr).
            migrationBuilder.Sql("CREATE UNIQUE INDEX ix_subnets_org_id_network ON subnets (org_id, network);");
            migrationBuilder.Sql("CREATE UNIQUE INDEX ix_ip_addresses_org_id_address ON ip_addresses (org_id, address);");
            // Audit rows are sealed into their chains when their transaction commits (see AuditLog).
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_pending_seal() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    p audit_pending;
                    open_chain text;
                    seq bigint;
                    link text;
                    new_id bigint;
                    new_hash text;
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM audit_pending WHERE id = NEW.id) THEN
                        RETURN NULL;
                    END IF;
                    FOR p IN SELECT * FROM audit_pending WHERE transaction_id = NEW.transaction_id ORDER BY chain COLLATE "C", position LOOP
                        IF p.chain IS DISTINCT FROM open_chain THEN
                            IF open_chain IS NOT NULL THEN
                                UPDATE audit_chain_heads SET last_seq = seq, last_hash = link WHERE chain = open_chain;
                            END IF;
                            -- Creates the head if needed and locks it (ON CONFLICT DO UPDATE takes the row lock) before any id is drawn,
                            -- so ids follow chain order.
                            INSERT INTO audit_chain_heads AS h (chain, last_seq, last_hash) VALUES (p.chain, 0, '')
                                ON CONFLICT (chain) DO UPDATE SET chain = h.chain
                                RETURNING h.last_seq, h.last_hash INTO seq, link;
                            open_chain := p.chain;
                        END IF;
                        new_id := nextval('audit_events_id_seq');
                        seq := seq + 1;
                        new_hash := encode(sha256(convert_to(
                            link || E'\n' || '[' || new_id || ',' || to_json(p.chain)::text || ',' || seq || ',' || p.canonical_tail, 'UTF8')), 'hex');
                        INSERT INTO audit_events (id, chain, chain_seq, occurred_at, category, action, outcome, actor_type, actor_id, actor_name,
                                                  org_id, target_type, target_id, ip, user_agent, request_id, details, prev_hash, hash)
                        VALUES (new_id, p.chain, seq, p.occurred_at, p.category, p.action, p.outcome, p.actor_type, p.actor_id, p.actor_name,
                                p.org_id, p.target_type, p.target_id, p.ip, p.user_agent, p.request_id, p.details, link, new_hash);
                        link := new_hash;
                    END LOOP;
                    IF open_chain IS NOT NULL THEN
                        UPDATE audit_chain_heads SET last_seq = seq, last_hash = link WHERE chain = open_chain;
                    END IF;
                    DELETE FROM audit_pending WHERE transaction_id = NEW.transaction_id;
                    RETURN NULL;
                END
                $$;
                CREATE CONSTRAINT TRIGGER audit_pending_seal AFTER INSERT ON audit_pending
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_pending_seal();
                """);
            // The seal trigger's statements always use the indexes of audit_pending (a queue of mostly dead tuples).
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION audit_pending_seal() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off AS $$
                DECLARE
                    p audit_pending;
                    open_chain text;
                    seq bigint;
                    link text;
                    new_id bigint;
                    new_hash text;
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM audit_pending WHERE id = NEW.id) THEN
                        RETURN NULL;
                    END IF;
                    FOR p IN SELECT * FROM audit_pending WHERE transaction_id = NEW.transaction_id ORDER BY chain COLLATE "C", position LOOP
                        IF p.chain IS DISTINCT FROM open_chain THEN
                            IF open_chain IS NOT NULL THEN
                                UPDATE audit_chain_heads SET last_seq = seq, last_hash = link WHERE chain = open_chain;
                            END IF;
                            -- Locks the head (creating it the first time) before any id is drawn, so ids follow chain order. FOR UPDATE
                            -- locks without writing a row version (ON CONFLICT DO UPDATE wrote one more per commit).
                            SELECT h.last_seq, h.last_hash INTO seq, link FROM audit_chain_heads h WHERE h.chain = p.chain FOR UPDATE;
                            IF NOT FOUND THEN
                                INSERT INTO audit_chain_heads (chain, last_seq, last_hash) VALUES (p.chain, 0, '') ON CONFLICT (chain) DO NOTHING;
                                SELECT h.last_seq, h.last_hash INTO seq, link FROM audit_chain_heads h WHERE h.chain = p.chain FOR UPDATE;
                            END IF;
                            open_chain := p.chain;
                        END IF;
                        new_id := nextval('audit_events_id_seq');
                        seq := seq + 1;
                        new_hash := encode(sha256(convert_to(
                            link || E'\n' || '[' || new_id || ',' || to_json(p.chain)::text || ',' || seq || ',' || p.canonical_tail, 'UTF8')), 'hex');
                        INSERT INTO audit_events (id, chain, chain_seq, occurred_at, category, action, outcome, actor_type, actor_id, actor_name,
                                                  org_id, target_type, target_id, ip, user_agent, request_id, details, prev_hash, hash)
                        VALUES (new_id, p.chain, seq, p.occurred_at, p.category, p.action, p.outcome, p.actor_type, p.actor_id, p.actor_name,
                                p.org_id, p.target_type, p.target_id, p.ip, p.user_agent, p.request_id, p.details, link, new_hash);
                        link := new_hash;
                    END LOOP;
                    IF open_chain IS NOT NULL THEN
                        UPDATE audit_chain_heads SET last_seq = seq, last_hash = link WHERE chain = open_chain;
                    END IF;
                    DELETE FROM audit_pending WHERE transaction_id = NEW.transaction_id;
                    RETURN NULL;
                END
                $$;
                """);
            // GIN indexes keep a small pending list: searches scan only a few not-yet-merged entries (see GinPendingListKb).
            foreach (var index in (string[])["ix_credentials_tags", "ix_assets_mac_addresses", "ix_assets_org_id_search_text", "ix_assets_tags"])
                migrationBuilder.Sql($"ALTER INDEX {index} SET (gin_pending_list_limit = {Platform.Data.ClientStorDbContext.GinPendingListKb});");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OpenIddictScopes");

            migrationBuilder.DropTable(
                name: "OpenIddictTokens");

            migrationBuilder.DropTable(
                name: "api_keys");

            migrationBuilder.DropTable(
                name: "asset_relations");

            migrationBuilder.DropTable(
                name: "asset_types");

            migrationBuilder.DropTable(
                name: "audit_chain_heads");

            migrationBuilder.DropTable(
                name: "audit_events");

            migrationBuilder.DropTable(
                name: "audit_pending");

            migrationBuilder.DropTable(
                name: "credential_secrets");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "idempotency_records");

            migrationBuilder.DropTable(
                name: "ip_addresses");

            migrationBuilder.DropTable(
                name: "key_versions");

            migrationBuilder.DropTable(
                name: "master_key_info");

            migrationBuilder.DropTable(
                name: "membership_roles");

            migrationBuilder.DropTable(
                name: "patch_ports");

            migrationBuilder.DropTable(
                name: "platform_settings");

            migrationBuilder.DropTable(
                name: "rack_placements");

            migrationBuilder.DropTable(
                name: "recovery_codes");

            migrationBuilder.DropTable(
                name: "server_keys");

            migrationBuilder.DropTable(
                name: "session_authorizations");

            migrationBuilder.DropTable(
                name: "OpenIddictAuthorizations");

            migrationBuilder.DropTable(
                name: "credentials");

            migrationBuilder.DropTable(
                name: "subnets");

            migrationBuilder.DropTable(
                name: "memberships");

            migrationBuilder.DropTable(
                name: "roles");

            migrationBuilder.DropTable(
                name: "asset_interfaces");

            migrationBuilder.DropTable(
                name: "patch_panels");

            migrationBuilder.DropTable(
                name: "sessions");

            migrationBuilder.DropTable(
                name: "OpenIddictApplications");

            migrationBuilder.DropTable(
                name: "vault_folders");

            migrationBuilder.DropTable(
                name: "vlans");

            migrationBuilder.DropTable(
                name: "assets");

            migrationBuilder.DropTable(
                name: "racks");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "contacts");

            migrationBuilder.DropTable(
                name: "locations");

            migrationBuilder.DropTable(
                name: "orgs");

            migrationBuilder.DropSequence(
                name: "audit_events_id_seq");
        }
    }
}
