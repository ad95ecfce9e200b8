"use client";

import { Form, SubmitButton } from "@/components/forms/form";
import type { LazyDialogContentProps } from "@/components/forms/lazy-dialog";
import { TextField } from "@/components/forms/text-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { createPipeline, renamePipeline } from "@/lib/crm/pipelines/actions";
import { createPipelineSchema } from "@/lib/crm/schemas";

export type EditablePipeline = { id: string; name: string };

/** New pipeline or rename one, in a dialog; loaded when its button is first used. */
export default function PipelineForm({ pipeline, open, onOpenChange, onCloseAutoFocus }: { pipeline?: EditablePipeline } & LazyDialogContentProps) {
  const { form, onSubmit } = useActionForm({
    schema: createPipelineSchema,
    action: pipeline ? (values) => renamePipeline({ ...values, id: pipeline.id }) : createPipeline,
    defaultValues: { name: pipeline?.name ?? "" },
    successMessage: pipeline ? "Pipeline renamed." : "Pipeline created.",
    onSuccess: () => onOpenChange(false),
  });
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next);
        if (!next) form.reset();
      }}
    >
      <DialogContent onCloseAutoFocus={onCloseAutoFocus}>
        <DialogHeader>
          <DialogTitle>{pipeline ? "Rename pipeline" : "New pipeline"}</DialogTitle>
          <DialogDescription>{pipeline ? `The new name for “${pipeline.name}”.` : "Deals move through its stages: lead, qualified, won, lost."}</DialogDescription>
        </DialogHeader>
        <Form form={form} onSubmit={onSubmit}>
          <TextField control={form.control} name="name" label="Name" autoComplete="off" maxLength={100} />
          <SubmitButton>{pipeline ? "Rename" : "Create pipeline"}</SubmitButton>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
