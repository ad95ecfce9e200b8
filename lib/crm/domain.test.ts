import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { normalizeDomain } from "./domain";

const spellings: [raw: string, key: string | null][] = [
  ["acme.com", "acme.com"],
  ["  ACME.com ", "acme.com"],
  ["https://www.acme.com/pricing?x=1#top", "acme.com"],
  ["http://acme.com:8080/", "acme.com"],
  ["www.eu.acme.co.uk", "eu.acme.co.uk"],
  ["wwwacme.com", "wwwacme.com"],
  ["https://", null],
  ["", null],
];

describe("normalizeDomain", () => {
  it.each(spellings)("%j → %j, as crm_normalize_domain() in the database says", async (raw, key) => {
    expect(normalizeDomain(raw)).toBe(key);
    const [row] = await db.execute<{ key: string | null }>(sql`select crm_normalize_domain(${raw}) as key`);
    expect(row.key).toBe(key);
  });
});
