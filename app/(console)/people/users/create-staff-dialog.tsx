"use client";

import { UserPlus } from "lucide-react";
import { lazyDialog } from "@/components/forms/lazy-dialog";

const LazyCreateStaff = lazyDialog(() => import("./create-staff-form"));

/** "New staff user": the button; the dialog and its form load on first use. */
export function CreateStaffDialog() {
  return (
    <LazyCreateStaff
      button={{
        children: (
          <>
            <UserPlus aria-hidden /> New staff user
          </>
        ),
      }}
    />
  );
}
