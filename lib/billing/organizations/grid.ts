// The Organizations grid, shared by the server query and the client table.
import { auditGrid } from "@/lib/audit/grid";
import { defineGrid, withUrlPrefix } from "@/lib/data-table/spec";
import { subscriptionStatuses, subscriptionStatusLabels } from "@/lib/db/schema/saas-values";

export const organizationsGrid = defineGrid({
  columns: [
    { id: "name", header: "Name", sortable: true, hideable: false },
    { id: "slug", header: "Slug", sortable: true },
    { id: "members", header: "Members" },
    // A text filter on the plan's name or slug: plans are rows an admin adds, not a fixed list.
    { id: "plan", header: "Plan", filter: { kind: "text" } },
    {
      id: "status",
      header: "Subscription",
      filter: { kind: "enum", options: subscriptionStatuses.map((s) => ({ value: s, label: subscriptionStatusLabels[s] })) },
    },
    { id: "credits", header: "Credits this period" },
    { id: "created", header: "Created", sortable: true, filter: { kind: "date" } },
  ],
  defaultSort: { id: "created", desc: true },
  paging: { mode: "offset" },
  search: { placeholder: "Search name or slug…" },
});

/** The organization page's history: the audit grid scoped to it, under `history.*` URL keys. */
export const organizationAuditGrid = withUrlPrefix({ ...auditGrid, defaultPageSize: 10 }, "history");
