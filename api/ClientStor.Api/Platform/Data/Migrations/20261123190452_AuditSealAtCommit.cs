using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ClientStor.Api.Platform.Data.Migrations
{
    /// <inheritdoc />
    public partial class AuditSealAtCommit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "ix_audit_pending_transaction_id",
                table: "audit_pending",
                column: "transaction_id");

            // Audit rows are linked into their chains when their transaction commits, so a chain head stays locked
            // only for the commit. The first firing in a transaction seals all of its pending rows, chain heads in one
            // fixed order (no deadlocks), entries in the order the application wrote them; the later firings find their
            // rows gone. The hash must stay byte-identical to AuditChain.ComputeHash: the application sends the
            // canonical tail, and chains (GUID strings or 'platform') need no JSON escaping.
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_pending_seal ON audit_pending; DROP FUNCTION IF EXISTS audit_pending_seal();");
            migrationBuilder.DropTable(
                name: "audit_pending");
        }
    }
}
