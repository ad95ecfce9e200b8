// Edit-conflict detection: every edit form carries the version of the row it was loaded from, and
// the action refuses to save over a row that changed since. The version is PostgreSQL's `xmin`
// (the id of the transaction that wrote the row's current version), so product tables need no column.
import { z } from "zod";

/** The input key of the version an edit was loaded from; errors on it are edit conflicts. */
export const versionKey = "version";

/** The schema of that key: add `version: rowVersion` to an edit schema. */
export const rowVersion = z.string().regex(/^\d{1,10}$/, { error: "This form is out of date. Reload the page." });
