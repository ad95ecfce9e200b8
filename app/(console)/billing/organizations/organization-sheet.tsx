"use client";

import { PencilIcon, PlusIcon } from "lucide-react";
import { lazyDialog } from "@/components/forms/lazy-dialog";

export type EditableOrganization = { id: string; name: string; slug: string };

const LazyOrganizationForm = lazyDialog<{ organization?: EditableOrganization }>(() => import("./organization-form"));

/** "New organization" or "Edit": the button; the sheet and its form load on first use. */
export function OrganizationSheet({ organization }: { organization?: EditableOrganization }) {
  return (
    <LazyOrganizationForm
      organization={organization}
      button={{
        variant: organization ? "outline" : "default",
        children: (
          <>
            {organization ? <PencilIcon aria-hidden /> : <PlusIcon aria-hidden />} {organization ? "Edit organization" : "New organization"}
          </>
        ),
      }}
    />
  );
}
