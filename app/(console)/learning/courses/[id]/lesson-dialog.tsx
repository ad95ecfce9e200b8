"use client";

import { useState, type ReactNode } from "react";
import { SelectField } from "@/components/forms/choice-fields";
import { Form, SubmitButton } from "@/components/forms/form";
import { TextField } from "@/components/forms/text-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { lessonContentTypes, type LessonContentType } from "@/lib/db/schema/lms-values";
import type { ActionResult } from "@/lib/forms/action-result";
import { updateLessonSchema } from "@/lib/learning/curriculum/schemas";
import { contentTypeLabels } from "./content-type";
import { FormDialog } from "@/components/forms/form-dialog";

// The fields every lesson action shares; the ids are added by `save`.
const lessonFormSchema = updateLessonSchema.pick({ title: true, contentType: true });
type LessonFormValues = { title: string; contentType: LessonContentType };

const contentTypeOptions = lessonContentTypes.map((type) => ({ value: type, label: contentTypeLabels[type] }));

type LessonDialogProps = {
  trigger: ReactNode;
  heading: string;
  description: string;
  initial?: LessonFormValues;
  submitLabel: string;
  successMessage: string;
  save: (values: LessonFormValues) => Promise<ActionResult<unknown> | undefined>;
};

const blankLesson: LessonFormValues = { title: "", contentType: "text" };

/** Adds a lesson or changes its title and content type. */
export function LessonDialog({ trigger, heading, description, initial, submitLabel, successMessage, save }: LessonDialogProps) {
  const [open, setOpen] = useState(false);
  const { form, onSubmit } = useActionForm({
    schema: lessonFormSchema,
    action: save,
    defaultValues: initial ?? blankLesson,
    record: initial,
    successMessage,
    onSuccess: () => setOpen(false),
  });
  function changeOpen(next: boolean) {
    if (next) form.reset(initial ?? blankLesson);
    setOpen(next);
  }
  return (
    <FormDialog open={open} onOpenChange={changeOpen} trigger={trigger} title={heading} description={description}>
      <Form form={form} onSubmit={onSubmit}>
        <TextField control={form.control} name="title" label="Lesson title" autoComplete="off" maxLength={200} />
        <SelectField control={form.control} name="contentType" label="Content type" options={contentTypeOptions} />
        <SubmitButton>{submitLabel}</SubmitButton>
      </Form>
    </FormDialog>
  );
}
