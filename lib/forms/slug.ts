// Slugs (a record's part of an address): one rule and one suggestion, for every area's forms.
import { z } from "zod";

/** Lowercase words joined by single hyphens, e.g. "sql-for-analysts". */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const maxSlugLength = 80;

/** A slug suggestion for a name: accents dropped, anything else between words becomes one hyphen. */
export function slugFromTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, maxSlugLength)
    .replace(/-$/, "");
}

/** The slug field: `example` shows the expected shape in the error. */
export function slugField(example: string, minLength = 3) {
  return z
    .string()
    .trim()
    .min(minLength, { error: `Use at least ${minLength} characters.` })
    .max(maxSlugLength, { error: `Use at most ${maxSlugLength} characters.` })
    .regex(slugPattern, { error: `Use lowercase letters, digits and single hyphens, e.g. ${example}.` });
}
