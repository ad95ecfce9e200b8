import "server-only";
// The ⌘K search: a few of the best matches per record type, only the types the role may read.
// Every searched column has a trigram index, so each type costs a bitmap index scan; a query
// shorter than three characters has no trigram to use and searches nothing.
import { sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { can, type Resource, type StaffRole } from "@/lib/auth/permissions";
import { containsPattern } from "@/lib/data-table/sql";
import { db } from "@/lib/db/client";
import { companies, contacts, courses, deals, organizations, trackedApps, user } from "@/lib/db/schema";
import { salesPaths } from "@/lib/crm/paths";
import { searchTypes, type SearchGroup, type SearchHit, type SearchType } from "./types";

/** Results per type. */
export const hitsPerType = 5;
/** Rows each type looks at before ranking (caps the heap reads for common substrings). */
const candidates = 40;
export const minQueryLength = 3;
export const maxQueryLength = 100;

type Source = {
  resource: Resource;
  /** The columns the text is looked for in (each with a gin_trgm_ops index). */
  search: PgColumn[];
  id: PgColumn;
  title: SQL | PgColumn;
  subtitle: SQL | PgColumn;
  from: SQL;
  href: (id: string) => string;
};

function sources(role: StaffRole): Record<SearchType, Source> {
  // Only roles that may see an app's masked key get its last four characters; support never does.
  const appSubtitle = can(role, "trackedApp", "read-key")
    ? sql`${user.email} || ' · key ••••' || right(${trackedApps.apiKey}, 4)`
    : sql`${user.email}`;
  return {
    user: { resource: "user", search: [user.name, user.email], id: user.id, title: user.name, subtitle: user.email, from: sql`${user}`, href: (id) => `/people/users/${id}` },
    organization: {
      resource: "organization",
      search: [organizations.name, organizations.slug],
      id: organizations.id,
      title: organizations.name,
      subtitle: organizations.slug,
      from: sql`${organizations}`,
      href: (id) => `/billing/organizations/${id}`,
    },
    course: { resource: "course", search: [courses.title, courses.slug], id: courses.id, title: courses.title, subtitle: courses.slug, from: sql`${courses}`, href: (id) => `/learning/courses/${id}` },
    trackedApp: {
      resource: "trackedApp",
      search: [trackedApps.name],
      id: trackedApps.id,
      title: trackedApps.name,
      subtitle: appSubtitle,
      from: sql`${trackedApps} join ${user} on ${user.id} = ${trackedApps.ownerId}`,
      href: (id) => `/analytics/apps/${id}`,
    },
    company: {
      resource: "company",
      search: [companies.name, companies.domain],
      id: companies.id,
      title: companies.name,
      subtitle: sql`coalesce(${companies.domain}, '')`,
      from: sql`${companies}`,
      href: salesPaths.company,
    },
    // Contacts have no page of their own: the hit opens the contacts grid searched for the email.
    contact: {
      resource: "contact",
      search: [contacts.name, contacts.email],
      id: contacts.email,
      title: sql`coalesce(${contacts.name}, ${contacts.email})`,
      subtitle: contacts.email,
      from: sql`${contacts}`,
      href: (email) => `${salesPaths.contacts}?q=${encodeURIComponent(email)}`,
    },
    deal: { resource: "deal", search: [deals.title], id: deals.id, title: deals.title, subtitle: sql`${deals.stage}`, from: sql`${deals}`, href: salesPaths.deal },
  };
}

/** A column's text starts with the query: ranked first. */
const startsWith = (columns: PgColumn[], prefix: string) => sql.join(columns.map((c) => sql`${c} ilike ${prefix}`), sql` or `);

async function searchOne(source: Source, text: string): Promise<SearchHit[]> {
  const pattern = containsPattern(text);
  const prefix = pattern.slice(1);
  const matches = sql.join(source.search.map((c) => sql`${c} ilike ${pattern}`), sql` or `);
  const rows = await db.execute<{ id: string; title: string; subtitle: string }>(sql`
    select id, title, subtitle from (
      select ${source.id}::text as id, ${source.title} as title, ${source.subtitle} as subtitle, (${startsWith(source.search, prefix)}) as prefix
      from ${source.from} where ${matches} limit ${candidates}
    ) m order by prefix desc, length(title), title, id limit ${hitsPerType}`);
  return rows.map((row) => ({ id: row.id, title: row.title, subtitle: row.subtitle || null, href: source.href(row.id) }));
}

/** The best few matches of each type `role` may read, in a fixed order of types; empty groups left out. */
export async function searchEverything(role: StaffRole, query: string): Promise<SearchGroup[]> {
  const text = query.trim().slice(0, maxQueryLength);
  if (text.length < minQueryLength) return [];
  const all = sources(role);
  const readable = searchTypes.filter((type) => can(role, all[type].resource, "read"));
  const groups = await Promise.all(readable.map(async (type) => ({ type, hits: await searchOne(all[type], text) })));
  return groups.filter((group) => group.hits.length > 0);
}
