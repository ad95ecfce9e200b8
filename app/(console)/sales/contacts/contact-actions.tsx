"use client";

import { PencilIcon, PlusIcon, Trash2Icon } from "lucide-react";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { lazyDialog } from "@/components/forms/lazy-dialog";
import { deleteContact } from "@/lib/crm/contacts/actions";
import type { ContactRow } from "@/lib/crm/contacts/queries";

const LazyContactForm = lazyDialog<{ contact?: ContactRow }>(() => import("./contact-form"));

export function NewContactButton() {
  return <LazyContactForm button={{ children: (<><PlusIcon aria-hidden /> New contact</>) }} />;
}

/** Edit, and delete after saying that the contact's deals go with it (the server refuses if they have activities). */
export function ContactActions({ contact, canEdit, canDelete }: { contact: ContactRow; canEdit: boolean; canDelete: boolean }) {
  const name = contact.name ?? contact.email;
  return (
    <span className="flex justify-end">
      {canEdit && <LazyContactForm contact={contact} button={{ variant: "ghost", size: "sm", "aria-label": `Edit ${name}`, children: <PencilIcon aria-hidden /> }} />}
      {canDelete && (
        <ConfirmActionButton
          run={() => deleteContact({ id: contact.id })}
          trigger={<Trash2Icon aria-hidden />}
          triggerVariant="ghost"
          triggerLabel={`Delete ${name}`}
          title={`Delete ${name}?`}
          description="Their deals are deleted with them. A contact whose deals have logged activities cannot be deleted (activities are kept): mark those deals lost instead."
          confirmLabel="Delete contact"
          successMessage="Contact deleted."
          destructive
        />
      )}
    </span>
  );
}
