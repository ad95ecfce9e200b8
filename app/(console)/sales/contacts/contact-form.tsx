"use client";

import { Form, SubmitButton } from "@/components/forms/form";
import type { LazyDialogContentProps } from "@/components/forms/lazy-dialog";
import { RelationPicker } from "@/components/forms/relation-picker";
import { TextField } from "@/components/forms/text-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { createContact, updateContact } from "@/lib/crm/contacts/actions";
import type { ContactRow } from "@/lib/crm/contacts/queries";
import { createContactSchema } from "@/lib/crm/schemas";
import { searchCompanies } from "@/lib/crm/search";
import { searchUsers } from "@/lib/people/search";

/** New contact or edit one: a valid email, a company or none (a lead), an owner from the users. */
export default function ContactForm({ contact, open, onOpenChange, onCloseAutoFocus }: { contact?: ContactRow } & LazyDialogContentProps) {
  const { form, onSubmit } = useActionForm({
    schema: createContactSchema,
    action: contact ? (values) => updateContact({ ...values, id: contact.id }) : createContact,
    defaultValues: { name: contact?.name ?? "", email: contact?.email ?? "", companyId: contact?.companyId ?? null, ownerId: contact?.ownerId ?? "" },
    successMessage: contact ? "Contact saved." : "Contact created.",
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
          <DialogTitle>{contact ? "Edit contact" : "New contact"}</DialogTitle>
          <DialogDescription>A lead can exist before we know their company.</DialogDescription>
        </DialogHeader>
        <Form form={form} onSubmit={onSubmit}>
          <TextField control={form.control} name="name" label="Name" autoComplete="off" maxLength={200} />
          <TextField control={form.control} name="email" label="Email" type="email" autoComplete="off" maxLength={320} />
          <RelationPicker control={form.control} name="companyId" label="Company (optional)" search={searchCompanies} initialLabel={contact?.companyName ?? undefined} placeholder="Search companies…" />
          <RelationPicker control={form.control} name="ownerId" label="Owner" search={searchUsers} initialLabel={contact?.ownerName} placeholder="Search users…" />
          <SubmitButton>{contact ? "Save" : "Create contact"}</SubmitButton>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
