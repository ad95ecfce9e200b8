"use server";
// Relation-picker searches for the CRM forms (top 20 by label; nothing for a caller who may not read them).
import { companies, contacts } from "@/lib/db/schema";
import type { RelationOption } from "@/lib/forms/relation-option";
import { searchRelation } from "@/lib/forms/relation-search";

export async function searchCompanies(query: string): Promise<RelationOption[]> {
  return searchRelation({ resource: "company", table: companies, value: companies.id, label: companies.name, description: companies.domain, search: [companies.name, companies.domain] }, query);
}

export async function searchContacts(query: string): Promise<RelationOption[]> {
  return searchRelation({ resource: "contact", table: contacts, value: contacts.id, label: contacts.email, description: contacts.name, search: [contacts.name, contacts.email] }, query);
}
