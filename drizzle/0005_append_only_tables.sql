-- Append-only, enforced by PostgreSQL: no UPDATE, DELETE or TRUNCATE of the product streams
-- (events, api_usage, token_usage, prompt_logs, activities) or of the console's audit_log.
-- A DELETE that arrives as a foreign-key cascade (erasing a user, a tracked app, an organization,
-- a deal) still goes through: PostgreSQL runs it from the parent's RI trigger, so inside it
-- pg_trigger_depth() is above 1, while a direct statement fires this trigger at depth 1.
-- audit_log has no parent and is never deletable. (The table owner can still DISABLE TRIGGER:
-- this guards the application's own code paths, not a database superuser.)
CREATE OR REPLACE FUNCTION console_refuse_append_only_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND TG_ARGV[0] = 'cascade' AND pg_trigger_depth() > 1 THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege', HINT = 'Rows leave this table only with their parent (a foreign-key cascade).';
END;
$$;--> statement-breakpoint
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events FOR EACH ROW EXECUTE FUNCTION console_refuse_append_only_change('cascade');--> statement-breakpoint
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events FOR EACH STATEMENT EXECUTE FUNCTION console_refuse_append_only_change();--> statement-breakpoint
CREATE TRIGGER api_usage_append_only BEFORE UPDATE OR DELETE ON api_usage FOR EACH ROW EXECUTE FUNCTION console_refuse_append_only_change('cascade');--> statement-breakpoint
CREATE TRIGGER api_usage_no_truncate BEFORE TRUNCATE ON api_usage FOR EACH STATEMENT EXECUTE FUNCTION console_refuse_append_only_change();--> statement-breakpoint
CREATE TRIGGER token_usage_append_only BEFORE UPDATE OR DELETE ON token_usage FOR EACH ROW EXECUTE FUNCTION console_refuse_append_only_change('cascade');--> statement-breakpoint
CREATE TRIGGER token_usage_no_truncate BEFORE TRUNCATE ON token_usage FOR EACH STATEMENT EXECUTE FUNCTION console_refuse_append_only_change();--> statement-breakpoint
CREATE TRIGGER prompt_logs_append_only BEFORE UPDATE OR DELETE ON prompt_logs FOR EACH ROW EXECUTE FUNCTION console_refuse_append_only_change('cascade');--> statement-breakpoint
CREATE TRIGGER prompt_logs_no_truncate BEFORE TRUNCATE ON prompt_logs FOR EACH STATEMENT EXECUTE FUNCTION console_refuse_append_only_change();--> statement-breakpoint
CREATE TRIGGER activities_append_only BEFORE UPDATE OR DELETE ON activities FOR EACH ROW EXECUTE FUNCTION console_refuse_append_only_change('cascade');--> statement-breakpoint
CREATE TRIGGER activities_no_truncate BEFORE TRUNCATE ON activities FOR EACH STATEMENT EXECUTE FUNCTION console_refuse_append_only_change();--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION console_refuse_append_only_change();--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION console_refuse_append_only_change();
