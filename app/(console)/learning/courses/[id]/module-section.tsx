"use client";

import { PencilIcon, PlusIcon, Trash2Icon } from "lucide-react";
import type { ReactNode } from "react";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { Button } from "@/components/ui/button";
import { addLesson, deleteModule, renameModule, reorderLessons } from "@/lib/learning/curriculum/actions";
import type { CurriculumModule } from "@/lib/learning/curriculum/queries";
import { LessonDialog } from "./lesson-dialog";
import { LessonRow } from "./lesson-row";
import { ModuleDialog } from "./module-dialog";
import type { CurriculumPermissions } from "./permissions";
import { SortableList } from "@/components/sortable/sortable-list";
import { useOptimisticOrder } from "@/components/sortable/use-optimistic-order";

type ModuleSectionProps = { module: CurriculumModule; controls: ReactNode; permissions: CurriculumPermissions };

/** One module: its title and controls, then its lessons in order. */
export function ModuleSection({ module: courseModule, controls, permissions }: ModuleSectionProps) {
  const { id, title } = courseModule;
  const [lessons, reorder] = useOptimisticOrder(courseModule.lessons, (lesson) => lesson.id, (ids) => reorderLessons({ moduleId: id, ids }));
  const lessonCount = `${lessons.length} ${lessons.length === 1 ? "lesson" : "lessons"}`;

  return (
    <section aria-label={`Module ${title}`} className="grid grid-cols-1 gap-3 rounded-lg border bg-card p-3">
      <div className="flex items-center gap-2">
        {controls}
        <h3 className="min-w-0 truncate font-medium">{title}</h3>
        <span className="text-xs text-muted-foreground">{lessonCount}</span>
        <div className="ml-auto flex items-center gap-1">
          {permissions.module.update && (
            <ModuleDialog
              trigger={
                <Button variant="ghost" size="icon" className="size-7" aria-label={`Rename module ${title}`}>
                  <PencilIcon aria-hidden />
                </Button>
              }
              heading="Rename module"
              description={`The new title of “${title}”.`}
              initialTitle={title}
              submitLabel="Rename"
              successMessage="Module renamed."
              save={(values) => renameModule({ ...values, id, version: courseModule.version })}
            />
          )}
          {permissions.module.delete && (
            <ConfirmActionButton
              run={() => deleteModule({ id })}
              trigger={<Trash2Icon aria-hidden />}
              triggerLabel={`Delete module ${title}`}
              triggerVariant="ghost"
              size="icon"
              title={`Delete the module “${title}”?`}
              description={`Its ${lessonCount} and every learner's progress on them are deleted with it.`}
              confirmLabel="Delete module"
              successMessage="Module deleted."
              destructive
            />
          )}
        </div>
      </div>
      {lessons.length === 0 ? (
        <p className="text-sm text-muted-foreground">No lessons yet.</p>
      ) : (
        <SortableList
          label={`Lessons of ${title}`}
          items={lessons}
          getId={(lesson) => lesson.id}
          describe={(lesson) => `lesson ${lesson.title}`}
          onReorder={permissions.lesson.update ? reorder : undefined}
          className="grid grid-cols-1 gap-1.5"
          renderItem={(lesson, lessonControls) => <LessonRow lesson={lesson} controls={lessonControls} permissions={permissions.lesson} />}
        />
      )}
      {permissions.lesson.create && (
        <div>
          <LessonDialog
            trigger={
              <Button variant="outline" size="sm" aria-label={`Add lesson to ${title}`}>
                <PlusIcon aria-hidden /> Add lesson
              </Button>
            }
            heading="Add lesson"
            description={`A new lesson at the end of “${title}”.`}
            submitLabel="Add lesson"
            successMessage="Lesson added."
            save={(values) => addLesson({ ...values, moduleId: id })}
          />
        </div>
      )}
    </section>
  );
}
