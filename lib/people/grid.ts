// The People area's grid declarations, shared by the server queries and the client tables.
import { allRoles } from "@/lib/auth/roles";
import { defineGrid } from "@/lib/data-table/spec";

export const usersGrid = defineGrid({
  columns: [
    { id: "name", header: "Name", sortable: true, hideable: false },
    { id: "email", header: "Email", sortable: true },
    { id: "role", header: "Role", filter: { kind: "enum", options: allRoles.map((role) => ({ value: role, label: role[0].toUpperCase() + role.slice(1) })) } },
    { id: "banned", header: "Banned", filter: { kind: "enum", options: [{ value: "yes", label: "Banned" }, { value: "no", label: "Not banned" }] } },
    { id: "created", header: "Created", sortable: true, filter: { kind: "date" } },
  ],
  defaultSort: { id: "created", desc: true },
  paging: { mode: "offset" },
  search: { placeholder: "Search name or email…" },
});

/** A user's live sessions, a related list on the user page: its own URL keys (`sessions.page`…). */
export const userSessionsGrid = defineGrid({
  columns: [
    { id: "signedIn", header: "Signed in", sortable: true, hideable: false, filter: { kind: "date" } },
    { id: "expires", header: "Expires", sortable: true },
    { id: "ip", header: "IP address", filter: { kind: "text" } },
    { id: "device", header: "Device", filter: { kind: "text" } },
  ],
  defaultSort: { id: "signedIn", desc: true },
  paging: { mode: "offset" },
  search: { placeholder: "Search IP or device…" },
  defaultPageSize: 10,
  urlPrefix: "sessions",
});
