-- The CRM de-duplicates companies on their normalised web domain: lowercase, no scheme, no "www.",
-- no path, query, fragment or port. lib/crm/domain.ts normalises the same way before saving; this
-- function is what the unique index (next migration) is built on, so the database has the last word.
CREATE OR REPLACE FUNCTION crm_normalize_domain(domain text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN nullif(
    regexp_replace(
      regexp_replace(lower(btrim(domain)), '^[a-z][a-z0-9+.-]*://', ''),
      '^www\.|[/?#:].*$', '', 'g'),
    '');
