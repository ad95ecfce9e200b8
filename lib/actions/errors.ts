/** An expected failure whose message is safe to show the user as is. */
export class ActionError extends Error {}

/** A save over a row that changed since the form was loaded (see lockForEdit): lands on the form's version. */
export class EditConflictError extends ActionError {}

/** Database constraint name → the form field it belongs to and the words to show there. */
export type ConstraintMessages = Record<string, { field?: string; message: string }>;

type PgError = { code?: string; constraint_name?: string; detail?: string };

const genericMessages: Record<string, string> = {
  "23505": "That value is already taken.",
  "23503": "That refers to a record that does not exist (or is still in use).",
  "23514": "That value is not allowed.",
  "23502": "A required value is missing.",
};

/** Words for a unique / foreign-key / check violation (drizzle puts the driver error on `cause`). */
export function describeDatabaseError(
  error: unknown,
  constraints: ConstraintMessages = {},
): { field?: string; message: string } | null {
  const pg = ((error as { cause?: PgError })?.cause ?? error) as PgError;
  if (!pg?.code || !genericMessages[pg.code]) return null;
  const known = pg.constraint_name ? constraints[pg.constraint_name] : undefined;
  return known ?? { message: genericMessages[pg.code] };
}
