"use client";

import { UserPlusIcon } from "lucide-react";
import { lazyDialog } from "@/components/forms/lazy-dialog";

const LazyEnroll = lazyDialog(() => import("./enroll-form"));

/** "Enroll a student": the button; the dialog and its form load on first use. */
export function EnrollDialog() {
  return (
    <LazyEnroll
      button={{
        children: (
          <>
            <UserPlusIcon aria-hidden /> Enroll a student
          </>
        ),
      }}
    />
  );
}
