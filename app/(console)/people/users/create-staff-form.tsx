"use client";

import { UserPlus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { SelectField } from "@/components/forms/choice-fields";
import { Form, SubmitButton } from "@/components/forms/form";
import { TextField } from "@/components/forms/text-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { staffRoles } from "@/lib/auth/permissions";
import { createStaffUser } from "@/lib/people/actions";
import { createStaffSchema } from "@/lib/people/schemas";

const roleOptions = staffRoles.map((role) => ({ value: role, label: role }));

export function CreateStaffDialog() {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const { form, onSubmit } = useActionForm({
    schema: createStaffSchema,
    action: createStaffUser,
    defaultValues: { name: "", email: "", password: "", role: "support" },
    successMessage: "Staff account created.",
    onSuccess: (data) => {
      setOpen(false);
      if (data) router.push(`/people/users/${data.id}`);
    },
  });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden /> New staff user
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>New staff user</DialogTitle>
          <DialogDescription>They can sign in with this email and password straight away.</DialogDescription>
        </DialogHeader>
        <Form form={form} onSubmit={onSubmit}>
          <TextField control={form.control} name="name" label="Name" autoComplete="off" />
          <TextField control={form.control} name="email" label="Email" type="email" autoComplete="off" />
          <TextField control={form.control} name="password" label="Password" type="password" autoComplete="new-password" />
          <SelectField control={form.control} name="role" label="Role" options={roleOptions} />
          <SubmitButton>Create</SubmitButton>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
