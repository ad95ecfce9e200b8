"use client";

import { Trash2Icon } from "lucide-react";
import { useRouter } from "next/navigation";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { deleteCourse } from "@/lib/learning/courses/actions";
import type { CourseCounts } from "@/lib/learning/courses/queries";

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** Deletes the course after saying exactly what goes with it. */
export function DeleteCourseButton({ id, title, counts }: { id: string; title: string; counts: CourseCounts }) {
  const router = useRouter();
  return (
    <ConfirmActionButton
      run={() => deleteCourse({ id })}
      trigger={
        <>
          <Trash2Icon aria-hidden /> Delete course
        </>
      }
      triggerVariant="outline"
      size="default"
      title={`Delete “${title}”?`}
      description={
        <>
          This also deletes {plural(counts.modules, "module")}, {plural(counts.lessons, "lesson")},{" "}
          {plural(counts.enrollments, "enrollment")} and {plural(counts.progress, "lesson progress record")}. It cannot be undone.
        </>
      }
      confirmLabel="Delete course"
      successMessage="Course deleted."
      onSuccess={() => router.replace("/learning/courses")}
      destructive
    />
  );
}
