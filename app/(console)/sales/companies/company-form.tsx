"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { Form, SubmitButton } from "@/components/forms/form";
import type { LazyDialogContentProps } from "@/components/forms/lazy-dialog";
import { TextField } from "@/components/forms/text-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { createCompany, updateCompany } from "@/lib/crm/companies/actions";
import { companyPathPattern, salesPaths } from "@/lib/crm/paths";
import { createCompanySchema } from "@/lib/crm/schemas";
import type { EditableCompany } from "./company-form-button";

/** New company or edit one; a domain another company has is refused with a link to that company. */
export default function CompanyForm({ company, open, onOpenChange, onCloseAutoFocus }: { company?: EditableCompany } & LazyDialogContentProps) {
  const router = useRouter();
  const { form, onSubmit } = useActionForm({
    schema: createCompanySchema,
    action: company ? (values) => updateCompany({ ...values, id: company.id }) : createCompany,
    defaultValues: { name: company?.name ?? "", domain: company?.domain ?? "" },
    successMessage: company ? "Company saved." : "Company created.",
    onSuccess: (data) => {
      onOpenChange(false);
      if (!company && data) router.push(salesPaths.company(data.id));
    },
  });
  const duplicate = form.formState.errors.domain?.message?.match(companyPathPattern);
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
          <DialogTitle>{company ? "Edit company" : "New company"}</DialogTitle>
          <DialogDescription>Companies are told apart by their web domain: one company per domain.</DialogDescription>
        </DialogHeader>
        <Form form={form} onSubmit={onSubmit}>
          <TextField control={form.control} name="name" label="Name" autoComplete="off" maxLength={200} />
          <TextField control={form.control} name="domain" label="Domain" description="e.g. acme.com — a URL is fine, it is trimmed to the domain." autoComplete="off" maxLength={253} />
          {duplicate && (
            <p className="text-sm">
              <Link href={salesPaths.company(duplicate[1])} className="font-medium underline underline-offset-4" onClick={() => onOpenChange(false)}>
                Open the company that has this domain
              </Link>
            </p>
          )}
          <SubmitButton>{company ? "Save" : "Create company"}</SubmitButton>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
