// The audit log grid: append-only and ever-growing, so keyset paging on (created_at, id).
import { statements, type Resource } from "@/lib/auth/permissions";
import { defineGrid } from "@/lib/data-table/spec";

const resourceOptions = (Object.keys(statements) as Resource[]).map((r) => ({ value: r, label: r }));

export const auditGrid = defineGrid({
  columns: [
    { id: "at", header: "When", sortable: true, hideable: false, filter: { kind: "date" } },
    { id: "actor", header: "Who", filter: { kind: "text" } },
    { id: "action", header: "Action", filter: { kind: "text" } },
    { id: "resource", header: "Resource", filter: { kind: "enum", options: resourceOptions } },
    { id: "resourceId", header: "Record" },
    { id: "changes", header: "Before → after" },
    { id: "ip", header: "IP", hiddenByDefault: true },
  ],
  defaultSort: { id: "at", desc: true },
  paging: { mode: "keyset", timeColumn: "at" },
  search: { placeholder: "Search record id or actor email…" },
});
