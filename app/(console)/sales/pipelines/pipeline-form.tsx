"use client";

import { Form, SubmitButton } from "@/components/forms/form";
import { FormDialog } from "@/components/forms/form-dialog";
import type { LazyDialogContentProps } from "@/components/forms/lazy-dialog";
import { TextField } from "@/components/forms/text-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { createPipeline, renamePipeline } from "@/lib/crm/pipelines/actions";
import { createPipelineSchema } from "@/lib/crm/schemas";

/** `version`: the row version the form was loaded from (edit conflicts). */
export type EditablePipeline = { id: string; version: string; name: string };

/** New pipeline or rename one, in a dialog; loaded when its button is first used. */
export default function PipelineForm({ pipeline, open, onOpenChange, onCloseAutoFocus }: { pipeline?: EditablePipeline } & LazyDialogContentProps) {
  const { form, onSubmit } = useActionForm({
    schema: createPipelineSchema,
    action: pipeline ? (values) => renamePipeline({ ...values, id: pipeline.id, version: pipeline.version }) : createPipeline,
    defaultValues: { name: pipeline?.name ?? "" },
    record: pipeline && { name: pipeline.name },
    successMessage: pipeline ? "Pipeline renamed." : "Pipeline created.",
    onSuccess: () => onOpenChange(false),
  });
  return (
    <FormDialog open={open} onOpenChange={onOpenChange} onCloseAutoFocus={onCloseAutoFocus} form={form} title={pipeline ? "Rename pipeline" : "New pipeline"} description={pipeline ? `The new name for “${pipeline.name}”.` : "Deals move through its stages: lead, qualified, won, lost."}>
      <Form form={form} onSubmit={onSubmit}>
        <TextField control={form.control} name="name" label="Name" autoComplete="off" maxLength={100} />
        <SubmitButton>{pipeline ? "Rename" : "Create pipeline"}</SubmitButton>
      </Form>
    </FormDialog>
  );
}
