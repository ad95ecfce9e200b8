"use client";

import { PencilIcon, PlusIcon } from "lucide-react";
import { lazyDialog } from "@/components/forms/lazy-dialog";
import type { CourseStatus } from "@/lib/db/schema/lms-values";

export type EditableCourse = {
  id: string;
  title: string;
  slug: string;
  status: CourseStatus;
  instructorId: string;
  instructorName: string;
  /** The row version the edit was loaded from (edit conflicts). */
  version: string;
};

const LazyCourseForm = lazyDialog<{ course?: EditableCourse }>(() => import("./course-form"));

/** "New course" (no `course`) or "Edit course": the button; the sheet and its form load on first use. */
export function CourseSheet({ course }: { course?: EditableCourse }) {
  return (
    <LazyCourseForm
      course={course}
      button={{
        variant: course ? "outline" : "default",
        children: (
          <>
            {course ? <PencilIcon aria-hidden /> : <PlusIcon aria-hidden />} {course ? "Edit course" : "New course"}
          </>
        ),
      }}
    />
  );
}
