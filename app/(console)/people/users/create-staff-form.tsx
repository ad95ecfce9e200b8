"use client";

import { useRouter } from "next/navigation";
import { SelectField } from "@/components/forms/choice-fields";
import { Form, SubmitButton } from "@/components/forms/form";
import { TextField } from "@/components/forms/text-fields";
import { FormDialog } from "@/components/forms/form-dialog";
import type { LazyDialogContentProps } from "@/components/forms/lazy-dialog";
import { useActionForm } from "@/components/forms/use-action-form";
import { staffRoles } from "@/lib/auth/roles";
import { createStaffUser } from "@/lib/people/actions";
import { createStaffSchema } from "@/lib/people/schemas";

const roleOptions = staffRoles.map((role) => ({ value: role, label: role }));

/** The "New staff user" dialog; loaded when its button (create-staff-dialog.tsx) is first used. */
export default function CreateStaffForm({ open, onOpenChange, onCloseAutoFocus }: LazyDialogContentProps) {
  const router = useRouter();
  const { form, onSubmit } = useActionForm({
    schema: createStaffSchema,
    action: createStaffUser,
    defaultValues: { name: "", email: "", password: "", role: "support" },
    successMessage: "Staff account created.",
    onSuccess: (data) => {
      onOpenChange(false);
      if (data) router.push(`/people/users/${data.id}`);
    },
  });
  return (
    <FormDialog open={open} onOpenChange={onOpenChange} onCloseAutoFocus={onCloseAutoFocus} title="New staff user" description="They can sign in with this email and password straight away.">
      <Form form={form} onSubmit={onSubmit}>
        <TextField control={form.control} name="name" label="Name" autoComplete="off" />
        <TextField control={form.control} name="email" label="Email" type="email" autoComplete="off" />
        <TextField control={form.control} name="password" label="Password" type="password" autoComplete="new-password" />
        <SelectField control={form.control} name="role" label="Role" options={roleOptions} />
        <SubmitButton>Create</SubmitButton>
      </Form>
    </FormDialog>
  );
}
