"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { unstable_rethrow, useRouter } from "next/navigation";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import type { z } from "zod";
import { interpretActionResult, type FormAction } from "@/lib/forms/action-result";

/** Where form-level messages live in react-hook-form's errors (cleared on every submit); FormAlert shows them. */
const FORM_ERROR = "root.server";

type Options<Input extends FieldValues, Output, Data> = {
  /** The same zod schema the action parses: the browser checks first, the server has the last word. */
  schema: z.ZodType<Output, Input>;
  /** A defineAction action; it receives the form's raw values and parses them with the schema itself. */
  action: FormAction<Input, Data>;
  /** A value for every field: these names are where the server's field errors can land. */
  defaultValues: DefaultValues<Input>;
  /**
   * Edit forms: the record as the page loaded it (usually the same object as defaultValues). The
   * form follows it when the page re-renders — after a save, or after an edit conflict, when the
   * action refused to save over a newer version and the form shows the current values instead.
   */
  record?: Input;
  successMessage?: string | ((data: Data | undefined) => string);
  /** After a save, e.g. close a sheet or navigate. The form is reset to the saved values first. */
  onSuccess?: (data: Data | undefined) => void;
};

/**
 * react-hook-form wired to a server action: zod validation in the browser, then the action's
 * field errors on their fields, its form errors and server error above the form and in a toast.
 */
export function useActionForm<Input extends FieldValues, Output, Data>({
  schema,
  action,
  defaultValues,
  record,
  successMessage,
  onSuccess,
}: Options<Input, Output, Data>) {
  const router = useRouter();
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues,
    values: record,
    // Re-rendered record values replace the fields but keep the conflict message in view.
    resetOptions: { keepErrors: true },
    mode: "onTouched",
  });

  const showFormError = (message: string) => {
    form.setError(FORM_ERROR, { type: "server", message });
    toast.error(message);
  };

  const onSubmit = form.handleSubmit(async () => {
    // The raw values, not the parsed output: the action's input is the schema's input.
    const values = form.getValues();
    let result;
    try {
      result = await action(values);
    } catch (error) {
      unstable_rethrow(error); // redirect() / notFound() from the action are navigation, not failure
      showFormError("The server could not be reached. Nothing was saved; try again.");
      return;
    }
    const outcome = interpretActionResult(result, Object.keys(defaultValues));
    if (!outcome.ok) {
      Object.entries(outcome.fieldErrors).forEach(([field, message], i) =>
        form.setError(field as Path<Input>, { type: "server", message }, { shouldFocus: i === 0 }),
      );
      if (outcome.formErrors.length > 0) showFormError(outcome.formErrors.join("\n"));
      // The page loads the record again; `record` brings its current values and version in.
      if (outcome.conflict) router.refresh();
      return;
    }
    form.reset(values);
    if (successMessage) toast.success(typeof successMessage === "function" ? successMessage(outcome.data) : successMessage);
    onSuccess?.(outcome.data);
  });

  return { form, onSubmit };
}
