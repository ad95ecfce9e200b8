// The Courses grid, shared by the server query and the client table.
import { defineGrid } from "@/lib/data-table/spec";
import { courseStatuses } from "@/lib/db/schema/lms-values";

export const courseStatusLabels: Record<(typeof courseStatuses)[number], string> = {
  draft: "Draft",
  published: "Published",
  archived: "Archived",
};

export const coursesGrid = defineGrid({
  columns: [
    { id: "title", header: "Title", sortable: true, hideable: false },
    { id: "slug", header: "Slug", sortable: true },
    {
      id: "status",
      header: "Status",
      filter: { kind: "enum", options: courseStatuses.map((status) => ({ value: status, label: courseStatusLabels[status] })) },
    },
    // A text filter on the instructor's name: an option list of every instructor would not scale.
    { id: "instructor", header: "Instructor", sortable: true, filter: { kind: "text" } },
    { id: "modules", header: "Modules" },
    { id: "enrollments", header: "Enrollments" },
    { id: "created", header: "Created", sortable: true, filter: { kind: "date" } },
  ],
  defaultSort: { id: "created", desc: true },
  paging: { mode: "offset" },
  search: { placeholder: "Search title or slug…" },
});
