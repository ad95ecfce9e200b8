// The Companies grid, shared by the server query, the client table and the CSV export.
import { defineGrid } from "@/lib/data-table/spec";

export const companiesGrid = defineGrid({
  columns: [
    { id: "name", header: "Name", sortable: true, hideable: false },
    { id: "domain", header: "Domain", sortable: true },
    { id: "contacts", header: "Contacts" },
    { id: "openValue", header: "Open deal value" },
    { id: "created", header: "Created", sortable: true, filter: { kind: "date" } },
  ],
  defaultSort: { id: "created", desc: true },
  paging: { mode: "offset" },
  search: { placeholder: "Search name or domain…" },
});
