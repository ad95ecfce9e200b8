"use client";

import { PencilIcon, PlusIcon } from "lucide-react";
import { lazyDialog } from "@/components/forms/lazy-dialog";
import type { EditableCourse } from "@/lib/learning/courses/queries";

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
