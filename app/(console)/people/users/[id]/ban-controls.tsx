"use client";

import { useState } from "react";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { Form, SubmitButton } from "@/components/forms/form";
import { TextField, TextareaField } from "@/components/forms/text-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { banUser, unbanUser } from "@/lib/people/actions";
import { banSchema } from "@/lib/people/schemas";

export function BanControls({ userId, name, banned }: { userId: string; name: string; banned: boolean }) {
  if (banned) {
    return (
      <ConfirmActionButton
        run={() => unbanUser({ userId })}
        trigger="Unban"
        title={`Unban ${name}?`}
        description="They will be able to sign in again."
        confirmLabel="Unban"
        successMessage={`${name} is no longer banned.`}
      />
    );
  }
  return <BanDialog userId={userId} name={name} />;
}

function BanDialog({ userId, name }: { userId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const { form, onSubmit } = useActionForm({
    schema: banSchema,
    action: banUser,
    defaultValues: { userId, reason: "", expiresAt: "" },
    successMessage: `${name} is banned and signed out everywhere.`,
    onSuccess: () => setOpen(false),
  });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="destructive" size="sm">
          Ban…
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Ban {name}</DialogTitle>
          <DialogDescription>A ban signs them out of every device and stops them signing in.</DialogDescription>
        </DialogHeader>
        <Form form={form} onSubmit={onSubmit}>
          <TextareaField control={form.control} name="reason" label="Reason" description="Recorded in the audit log." />
          <TextField
            control={form.control}
            name="expiresAt"
            type="datetime-local"
            label="Ends (UTC)"
            description="Leave empty for a permanent ban."
          />
          <SubmitButton variant="destructive">Ban user</SubmitButton>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
