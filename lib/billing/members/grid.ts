import { defineGrid } from "@/lib/data-table/spec";
import { memberRoleLabels, memberRoles } from "@/lib/db/schema/saas-values";

/** An organization's members: a related list on the organization page, under `members.*` URL keys. */
export const organizationMembersGrid = defineGrid({
  columns: [
    { id: "member", header: "Member", sortable: true, hideable: false },
    { id: "role", header: "Role", filter: { kind: "enum", options: memberRoles.map((r) => ({ value: r, label: memberRoleLabels[r] })) } },
    { id: "joined", header: "Joined", sortable: true },
  ],
  defaultSort: { id: "member", desc: false },
  paging: { mode: "offset" },
  search: { placeholder: "Search name or email…" },
  defaultPageSize: 10,
  urlPrefix: "members",
});
