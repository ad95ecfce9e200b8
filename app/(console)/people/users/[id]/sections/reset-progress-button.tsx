"use client";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { resetCourseProgress } from "@/lib/learning/progress/actions";

type Props = { courseId: string; courseTitle: string; studentId: string };

/** Resets one learner's progress in one course (the learning area's action), after a confirmation. */
export function ResetProgressButton({ courseId, courseTitle, studentId }: Props) {
  return (
    <ConfirmActionButton
      run={() => resetCourseProgress({ courseId, studentId })}
      trigger="Reset progress"
      triggerLabel={`Reset progress in ${courseTitle}`}
      title="Reset progress in this course?"
      description={`Every lesson of ${courseTitle} goes back to not started for this learner. The enrollment stays.`}
      confirmLabel="Reset"
      successMessage="Progress reset."
      destructive
      triggerVariant="ghost"
      size="sm"
    />
  );
}
