// The Contacts grid, shared by the server query, the client table and the CSV export.
import { defineGrid } from "@/lib/data-table/spec";

export const contactsGrid = defineGrid({
  columns: [
    { id: "name", header: "Name", sortable: true, hideable: false },
    { id: "email", header: "Email", sortable: true },
    // Text filters: an option list of 20k companies or every owner would not scale.
    { id: "company", header: "Company", filter: { kind: "text" } },
    { id: "owner", header: "Owner", filter: { kind: "text" } },
    { id: "created", header: "Created", sortable: true, filter: { kind: "date" } },
  ],
  defaultSort: { id: "created", desc: true },
  paging: { mode: "offset" },
  search: { placeholder: "Search name or email…" },
});
