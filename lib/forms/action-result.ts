// What a form does with the result of an action made by defineAction (next-safe-action, flattened
// validation errors): a message on each field it can show, everything else at the top of the form.
import { versionKey } from "./row-version";

/** The result shape of a defineAction action, as the form sees it. */
export type ActionResult<Data> = {
  data?: Data;
  serverError?: string;
  validationErrors?: { formErrors: string[]; fieldErrors: Partial<Record<string, string[]>> };
};

/** Any defineAction action (or another function with its result shape) whose input is the form's values. */
export type FormAction<Input, Data> = (input: Input) => Promise<ActionResult<Data> | undefined>;

export type ActionOutcome<Data> =
  | { ok: true; data: Data | undefined }
  /** `conflict`: the record changed since the form was loaded; nothing was saved. */
  | { ok: false; fieldErrors: Record<string, string>; formErrors: string[]; conflict?: boolean };

/**
 * Splits a result into field messages (first message per field, for fields the form shows) and
 * form-level messages (server errors, form-wide validation errors, errors on fields it does not show).
 */
export function interpretActionResult<Data>(
  result: ActionResult<Data> | undefined,
  fieldNames: readonly string[],
): ActionOutcome<Data> {
  if (result?.serverError) return { ok: false, fieldErrors: {}, formErrors: [result.serverError] };
  if (!result?.validationErrors) return { ok: true, data: result?.data };

  const fieldErrors: Record<string, string> = {};
  const formErrors = [...result.validationErrors.formErrors];
  const conflict = result.validationErrors.fieldErrors[versionKey];
  if (conflict?.length) return { ok: false, fieldErrors: {}, formErrors: conflict, conflict: true };
  for (const [field, messages] of Object.entries(result.validationErrors.fieldErrors)) {
    if (!messages?.length) continue;
    if (fieldNames.includes(field)) fieldErrors[field] = messages[0];
    else formErrors.push(...messages.map((message) => `${field}: ${message}`));
  }
  if (formErrors.length === 0 && Object.keys(fieldErrors).length === 0) {
    formErrors.push("Some values were not accepted. Check the form and try again.");
  }
  return { ok: false, fieldErrors, formErrors };
}
