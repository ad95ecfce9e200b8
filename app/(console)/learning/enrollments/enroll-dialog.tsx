"use client";

import { UserPlusIcon } from "lucide-react";
import { lazyDialog } from "@/components/forms/lazy-dialog";
import type { EnrollStudent } from "./enroll-form";

const LazyEnroll = lazyDialog(() => import("./enroll-form"));

/** "Enroll a student" (or, given a student, "Enroll in a course"): the button; the dialog and its form load on first use. */
export function EnrollDialog({ student }: { student?: EnrollStudent }) {
  return (
    <LazyEnroll
      student={student}
      button={{
        children: (
          <>
            <UserPlusIcon aria-hidden /> {student ? "Enroll in a course" : "Enroll a student"}
          </>
        ),
      }}
    />
  );
}
