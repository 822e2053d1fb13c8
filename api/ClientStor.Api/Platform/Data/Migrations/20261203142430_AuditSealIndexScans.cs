using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClientStor.Api.Platform.Data.Migrations
{
    /// <inheritdoc />
    public partial class AuditSealIndexScans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The seal trigger's statements on audit_pending always use its indexes. audit_pending is a queue (rows live
            // until their transaction commits), so it is mostly dead tuples between autovacuum runs, and a plan cached while
            // it was small was a sequential scan of all of them, three times per commit (measured: 13,831 sequential scans
            // in one benchmark row, 0.5-0.9 ms each, while the chain head stayed locked). The head is locked with FOR UPDATE.
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION audit_pending_seal() RETURNS trigger LANGUAGE plpgsql AS $$
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
                """);
        }
    }
}
