-- Trigram indexes let the console's substring search (ILIKE '%…%') use an index instead of a scan.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
