"use client";

import { PencilIcon, PlusIcon } from "lucide-react";
import { lazyDialog } from "@/components/forms/lazy-dialog";

export type EditableCompany = { id: string; name: string; domain: string | null };

const LazyCompanyForm = lazyDialog<{ company?: EditableCompany }>(() => import("./company-form"));

/** "New company" (no `company`) or "Edit company"; the dialog and its form load on first use. */
export function CompanyFormButton({ company }: { company?: EditableCompany }) {
  return (
    <LazyCompanyForm
      company={company}
      button={{
        variant: company ? "outline" : "default",
        children: (
          <>
            {company ? <PencilIcon aria-hidden /> : <PlusIcon aria-hidden />} {company ? "Edit company" : "New company"}
          </>
        ),
      }}
    />
  );
}
