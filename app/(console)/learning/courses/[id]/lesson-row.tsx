"use client";

import { PencilIcon, Trash2Icon } from "lucide-react";
import type { ReactNode } from "react";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { Button } from "@/components/ui/button";
import { deleteLesson, updateLesson } from "@/lib/learning/curriculum/actions";
import type { CurriculumLesson } from "@/lib/learning/curriculum/queries";
import { ContentTypeLabel } from "./content-type";
import { LessonDialog } from "./lesson-dialog";
import type { CurriculumPermissions } from "./permissions";

type LessonRowProps = { lesson: CurriculumLesson; controls: ReactNode; permissions: CurriculumPermissions["lesson"] };

export function LessonRow({ lesson, controls, permissions }: LessonRowProps) {
  return (
    <div className="flex min-h-10 items-center gap-2 rounded-md border bg-background px-2 py-1">
      {controls}
      <span className="min-w-0 flex-1 truncate text-sm">{lesson.title}</span>
      <ContentTypeLabel type={lesson.contentType} />
      {permissions.update && (
        <LessonDialog
          trigger={
            <Button variant="ghost" size="icon" className="size-7" aria-label={`Edit lesson ${lesson.title}`}>
              <PencilIcon aria-hidden />
            </Button>
          }
          heading="Edit lesson"
          description="Its title and what kind of content it holds."
          initial={{ title: lesson.title, contentType: lesson.contentType }}
          submitLabel="Save"
          successMessage="Lesson saved."
          save={(values) => updateLesson({ ...values, id: lesson.id, version: lesson.version })}
        />
      )}
      {permissions.delete && (
        <ConfirmActionButton
          run={() => deleteLesson({ id: lesson.id })}
          trigger={<Trash2Icon aria-hidden />}
          triggerLabel={`Delete lesson ${lesson.title}`}
          triggerVariant="ghost"
          size="icon"
          title={`Delete the lesson “${lesson.title}”?`}
          description="Every learner's progress on this lesson is deleted with it."
          confirmLabel="Delete lesson"
          successMessage="Lesson deleted."
          destructive
        />
      )}
    </div>
  );
}
