"use client";

import { SelectField } from "@/components/forms/choice-fields";
import { Form, SubmitButton } from "@/components/forms/form";
import type { LazyDialogContentProps } from "@/components/forms/lazy-dialog";
import { RelationPicker } from "@/components/forms/relation-picker";
import { useActionForm } from "@/components/forms/use-action-form";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { addMember } from "@/lib/billing/members/actions";
import { addMemberSchema } from "@/lib/billing/members/schemas";
import { memberRoleLabels, memberRoles } from "@/lib/db/schema/saas-values";
import { searchUsers } from "@/lib/people/search";

const roleOptions = memberRoles.map((role) => ({ value: role, label: memberRoleLabels[role] }));

export default function AddMemberForm({ organizationId, open, onOpenChange, onCloseAutoFocus }: { organizationId: string } & LazyDialogContentProps) {
  const empty = { organizationId, userId: "", role: "member" as const };
  const { form, onSubmit } = useActionForm({
    schema: addMemberSchema,
    action: addMember,
    defaultValues: empty,
    successMessage: "Member added.",
    onSuccess: () => {
      onOpenChange(false);
      form.reset(empty);
    },
  });
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent onCloseAutoFocus={onCloseAutoFocus}>
        <DialogHeader>
          <DialogTitle>Add a member</DialogTitle>
          <DialogDescription>The user gets the role in this organization straight away.</DialogDescription>
        </DialogHeader>
        <Form form={form} onSubmit={onSubmit}>
          <RelationPicker control={form.control} name="userId" label="User" search={searchUsers} placeholder="Search users…" />
          <SelectField control={form.control} name="role" label="Role" options={roleOptions} />
          <SubmitButton>Add member</SubmitButton>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
