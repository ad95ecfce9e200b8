"use client";

import { UserPlusIcon } from "lucide-react";
import { lazyDialog } from "@/components/forms/lazy-dialog";

const LazyAddMember = lazyDialog<{ organizationId: string }>(() => import("./add-member-form"));

export function AddMemberDialog({ organizationId }: { organizationId: string }) {
  return (
    <LazyAddMember
      organizationId={organizationId}
      button={{
        size: "sm",
        children: (
          <>
            <UserPlusIcon aria-hidden /> Add member
          </>
        ),
      }}
    />
  );
}
