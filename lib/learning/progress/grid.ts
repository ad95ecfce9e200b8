// The Lesson progress grid: one row per (student, lesson), the biggest learning table.
// Keyset on (completed, id) so deep pages stay cheap and no COUNT(*) runs. completed_at is null
// until a lesson is done, and keyset needs a value on every row: the binding sorts unfinished
// rows as if completed at the epoch, i.e. after every completed one (newest first by default).
import { progressStatuses } from "@/lib/db/schema/lms-values";
import { defineGrid } from "@/lib/data-table/spec";

export const progressStatusLabels: Record<(typeof progressStatuses)[number], string> = {
  not_started: "Not started",
  in_progress: "In progress",
  completed: "Completed",
};

export const progressGrid = defineGrid({
  columns: [
    { id: "student", header: "Student", hideable: false, filter: { kind: "text" } },
    { id: "course", header: "Course", filter: { kind: "text" } },
    { id: "lesson", header: "Module / lesson" },
    {
      id: "status",
      header: "Status",
      // Grouping millions of rows on every page view is not cheap; per student or course it is.
      filter: {
        kind: "enum",
        options: progressStatuses.map((value) => ({ value, label: progressStatusLabels[value] })),
        counts: { whenFilteredBy: ["student", "course"] },
      },
    },
    { id: "completed", header: "Completed", sortable: true, filter: { kind: "date" } },
  ],
  defaultSort: { id: "completed", desc: true },
  paging: { mode: "keyset", timeColumn: "completed" },
});
