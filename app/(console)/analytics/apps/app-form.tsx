"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Form, SubmitButton } from "@/components/forms/form";
import type { LazyDialogContentProps } from "@/components/forms/lazy-dialog";
import { RelationPicker } from "@/components/forms/relation-picker";
import { TextField } from "@/components/forms/text-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { createTrackedApp } from "@/lib/analytics/apps/actions";
import { createAppSchema } from "@/lib/analytics/apps/schemas";
import { searchUsers } from "@/lib/people/search";
import { KeyDialog } from "./key-dialog";

/** New tracked app; on success its key is shown once, then the app's page opens. */
export default function AppForm({ open, onOpenChange, onCloseAutoFocus }: LazyDialogContentProps) {
  const router = useRouter();
  const [created, setCreated] = useState<{ id: string; apiKey: string } | null>(null);
  const { form, onSubmit } = useActionForm({
    schema: createAppSchema,
    action: createTrackedApp,
    defaultValues: { name: "", ownerId: "" },
    successMessage: "App created.",
    onSuccess: (data) => {
      onOpenChange(false);
      form.reset();
      if (data) setCreated(data);
    },
  });
  return (
    <>
      <Dialog open={open} onOpenChange={onOpenChange}>
        <DialogContent onCloseAutoFocus={onCloseAutoFocus}>
          <DialogHeader>
            <DialogTitle>New tracked app</DialogTitle>
            <DialogDescription>Its ingest key is generated on the server and shown once.</DialogDescription>
          </DialogHeader>
          <Form form={form} onSubmit={onSubmit}>
            <TextField control={form.control} name="name" label="Name" autoComplete="off" maxLength={120} />
            <RelationPicker control={form.control} name="ownerId" label="Owner" search={searchUsers} placeholder="Search users…" />
            <SubmitButton>Create app</SubmitButton>
          </Form>
        </DialogContent>
      </Dialog>
      <KeyDialog
        apiKey={created?.apiKey ?? null}
        onClose={() => {
          const id = created?.id;
          setCreated(null);
          if (id) router.push(`/analytics/apps/${id}`);
        }}
      />
    </>
  );
}
