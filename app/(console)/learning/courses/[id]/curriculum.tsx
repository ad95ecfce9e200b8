"use client";

import { PlusIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { addModule, reorderModules } from "@/lib/learning/curriculum/actions";
import type { CurriculumModule } from "@/lib/learning/curriculum/queries";
import { ModuleDialog } from "./module-dialog";
import { ModuleSection } from "./module-section";
import type { CurriculumPermissions } from "./permissions";
import { SortableList } from "@/components/sortable/sortable-list";
import { useOptimisticOrder } from "@/components/sortable/use-optimistic-order";

type CurriculumProps = { courseId: string; modules: CurriculumModule[]; permissions: CurriculumPermissions };

/** The course's modules in order, each with its lessons; editing controls only where the role may. */
export function Curriculum({ courseId, modules, permissions }: CurriculumProps) {
  const [ordered, reorder] = useOptimisticOrder(modules, (module) => module.id, (ids) => reorderModules({ courseId, ids }));
  return (
    <section aria-labelledby="curriculum-heading" className="grid grid-cols-1 gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="curriculum-heading" className="text-lg font-semibold">
          Curriculum
        </h2>
        {permissions.module.create && (
          <ModuleDialog
            trigger={
              <Button variant="outline">
                <PlusIcon aria-hidden /> Add module
              </Button>
            }
            heading="Add module"
            description="A new module at the end of the course."
            submitLabel="Add module"
            successMessage="Module added."
            save={(values) => addModule({ ...values, courseId })}
          />
        )}
      </div>
      {ordered.length === 0 ? (
        <p className="rounded-lg border border-dashed p-8 text-center text-sm text-muted-foreground">This course has no modules yet.</p>
      ) : (
        <SortableList
          label="Modules"
          items={ordered}
          getId={(module) => module.id}
          describe={(module) => `module ${module.title}`}
          onReorder={permissions.module.update ? reorder : undefined}
          className="grid grid-cols-1 gap-3"
          renderItem={(module, controls) => <ModuleSection module={module} controls={controls} permissions={permissions} />}
        />
      )}
    </section>
  );
}
