"use client";

import { useRouter } from "next/navigation";
import { Form, SubmitButton } from "@/components/forms/form";
import { FormDialog } from "@/components/forms/form-dialog";
import type { LazyDialogContentProps } from "@/components/forms/lazy-dialog";
import { TextField } from "@/components/forms/text-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { useSlugFromName } from "@/components/forms/use-slug-from-name";
import { createOrganization, updateOrganization } from "@/lib/billing/organizations/actions";
import { createOrganizationSchema } from "@/lib/billing/organizations/schemas";
import type { EditableOrganization } from "./organization-sheet";

export default function OrganizationForm({ organization, open, onOpenChange, onCloseAutoFocus }: { organization?: EditableOrganization } & LazyDialogContentProps) {
  const router = useRouter();
  const record = organization && { name: organization.name, slug: organization.slug };
  const { form, onSubmit } = useActionForm({
    schema: createOrganizationSchema,
    action: organization ? (values) => updateOrganization({ ...values, id: organization.id, version: organization.version }) : createOrganization,
    defaultValues: record ?? { name: "", slug: "" },
    record,
    successMessage: organization ? "Organization saved." : "Organization created.",
    onSuccess: (data) => {
      onOpenChange(false);
      if (!organization && data) router.push(`/billing/organizations/${data.id}`);
    },
  });

  useSlugFromName(form, "name", "slug", !organization);

  return (
    <FormDialog open={open} onOpenChange={onOpenChange} onCloseAutoFocus={onCloseAutoFocus} layout="sheet" form={form} title={organization ? "Edit organization" : "New organization"} description={organization ? `Changes to “${organization.name}”.` : "Members and a subscription are added on its page."}>
      <Form form={form} onSubmit={onSubmit}>
        <TextField control={form.control} name="name" label="Name" autoComplete="off" maxLength={200} />
        <TextField control={form.control} name="slug" label="Slug" description="Lowercase words joined by hyphens; unique." autoComplete="off" maxLength={80} />
        <SubmitButton>{organization ? "Save" : "Create organization"}</SubmitButton>
      </Form>
    </FormDialog>
  );
}
