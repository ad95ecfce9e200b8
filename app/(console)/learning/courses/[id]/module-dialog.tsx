"use client";

import { useState, type ReactNode } from "react";
import { Form, SubmitButton } from "@/components/forms/form";
import { TextField } from "@/components/forms/text-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/forms/action-result";
import { renameModuleSchema } from "@/lib/learning/curriculum/schemas";
import { FormDialog } from "@/components/forms/form-dialog";

// The title rule every module action shares; the ids are added by `save`.
const moduleFormSchema = renameModuleSchema.pick({ title: true });
type ModuleFormValues = { title: string };

type ModuleDialogProps = {
  trigger: ReactNode;
  heading: string;
  description: string;
  initialTitle?: string;
  submitLabel: string;
  successMessage: string;
  save: (values: ModuleFormValues) => Promise<ActionResult<unknown> | undefined>;
};

/** Adds a module or renames one. */
export function ModuleDialog({ trigger, heading, description, initialTitle, submitLabel, successMessage, save }: ModuleDialogProps) {
  const [open, setOpen] = useState(false);
  const record = initialTitle === undefined ? undefined : { title: initialTitle };
  const { form, onSubmit } = useActionForm({
    schema: moduleFormSchema,
    action: save,
    defaultValues: record ?? { title: "" },
    record,
    successMessage,
    onSuccess: () => setOpen(false),
  });
  function changeOpen(next: boolean) {
    if (next) form.reset(record ?? { title: "" });
    setOpen(next);
  }
  return (
    <FormDialog open={open} onOpenChange={changeOpen} trigger={trigger} title={heading} description={description}>
      <Form form={form} onSubmit={onSubmit}>
        <TextField control={form.control} name="title" label="Module title" autoComplete="off" maxLength={200} />
        <SubmitButton>{submitLabel}</SubmitButton>
      </Form>
    </FormDialog>
  );
}
