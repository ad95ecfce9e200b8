// The Deals grid, shared by the server query, the client table and the CSV export.
import { defineGrid, withUrlPrefix } from "@/lib/data-table/spec";
import { dealStageLabels, dealStages } from "@/lib/db/schema/crm-values";

export const stageOptions = dealStages.map((stage) => ({ value: stage, label: dealStageLabels[stage] }));

export const dealsGrid = defineGrid({
  columns: [
    { id: "title", header: "Title", sortable: true, hideable: false },
    { id: "company", header: "Company", filter: { kind: "text" } },
    { id: "stage", header: "Stage", filter: { kind: "enum", options: stageOptions } },
    // A facet over the pipelines (rows an admin adds): the page passes their names.
    { id: "pipeline", header: "Pipeline", filter: { kind: "enum", options: [], rowIds: true } },
    { id: "owner", header: "Owner", filter: { kind: "text" } },
    { id: "amount", header: "Amount", sortable: true, filter: { kind: "number" } },
    { id: "close", header: "Close date", sortable: true, filter: { kind: "date" } },
    { id: "created", header: "Created", sortable: true, hiddenByDefault: true },
  ],
  defaultSort: { id: "created", desc: true },
  paging: { mode: "offset" },
  search: { placeholder: "Search title…" },
});

/** The deals of a company's contacts: a related list on the company page, under `deals.*` URL keys. */
export const companyDealsGrid = withUrlPrefix({ ...dealsGrid, defaultPageSize: 10 }, "deals");
