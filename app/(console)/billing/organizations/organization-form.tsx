"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { Form, SubmitButton } from "@/components/forms/form";
import type { LazyDialogContentProps } from "@/components/forms/lazy-dialog";
import { TextField } from "@/components/forms/text-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { createOrganization, updateOrganization } from "@/lib/billing/organizations/actions";
import { createOrganizationSchema } from "@/lib/billing/organizations/schemas";
import { slugFromTitle } from "@/lib/forms/slug";
import type { EditableOrganization } from "./organization-sheet";

export default function OrganizationForm({ organization, open, onOpenChange, onCloseAutoFocus }: { organization?: EditableOrganization } & LazyDialogContentProps) {
  const router = useRouter();
  const { form, onSubmit } = useActionForm({
    schema: createOrganizationSchema,
    action: organization ? (values) => updateOrganization({ ...values, id: organization.id }) : createOrganization,
    defaultValues: organization ? { name: organization.name, slug: organization.slug } : { name: "", slug: "" },
    successMessage: organization ? "Organization saved." : "Organization created.",
    onSuccess: (data) => {
      onOpenChange(false);
      if (!organization && data) router.push(`/billing/organizations/${data.id}`);
    },
  });

  // A new organization's slug follows its name until someone types a slug of their own.
  useEffect(() => {
    if (organization) return;
    return form.subscribe({
      name: "name",
      formState: { values: true },
      callback: ({ values }) => {
        if (!form.getFieldState("slug").isDirty) form.setValue("slug", slugFromTitle(values.name ?? ""));
      },
    });
  }, [organization, form]);

  return (
    <Sheet
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next);
        if (!next) form.reset();
      }}
    >
      <SheetContent className="overflow-y-auto" onCloseAutoFocus={onCloseAutoFocus}>
        <SheetHeader>
          <SheetTitle>{organization ? "Edit organization" : "New organization"}</SheetTitle>
          <SheetDescription>{organization ? `Changes to “${organization.name}”.` : "Members and a subscription are added on its page."}</SheetDescription>
        </SheetHeader>
        <Form form={form} onSubmit={onSubmit} className="px-4 pb-4">
          <TextField control={form.control} name="name" label="Name" autoComplete="off" maxLength={200} />
          <TextField control={form.control} name="slug" label="Slug" description="Lowercase words joined by hyphens; unique." autoComplete="off" maxLength={80} />
          <SubmitButton>{organization ? "Save" : "Create organization"}</SubmitButton>
        </Form>
      </SheetContent>
    </Sheet>
  );
}
