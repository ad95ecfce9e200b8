// The Enrollments grid, shared by the server query, the client table and the CSV export.
// Keyset on (enrolled_at, id): enrollments grow with every student × course, and a deep page
// must cost what page 1 costs; the total is the planner's estimate.
import { defineGrid } from "@/lib/data-table/spec";

export const enrollmentsGrid = defineGrid({
  columns: [
    { id: "student", header: "Student", hideable: false },
    { id: "course", header: "Course", filter: { kind: "text" } },
    { id: "enrolled", header: "Enrolled", sortable: true, filter: { kind: "date" } },
  ],
  defaultSort: { id: "enrolled", desc: true },
  paging: { mode: "keyset", timeColumn: "enrolled" },
  search: { placeholder: "Search student name or email…" },
});
