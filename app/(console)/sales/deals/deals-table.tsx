"use client";
import { DataTable } from "@/components/data-table/data-table";
import { gridColumnHelper } from "@/components/data-table/features";
import { dealsGrid } from "@/lib/crm/deals/grid";
import type { DealRow } from "@/lib/crm/deals/queries";
import { salesPaths } from "@/lib/crm/paths";
import type { GridPage } from "@/lib/data-table/result";
import type { EnumOption } from "@/lib/data-table/spec";
import { formatCents, formatDate } from "@/lib/format";
import { StageBadge } from "../stage-badge";
import { RecordLink } from "@/components/records/record-link";
import { CompanyCell } from "../company-cell";

const column = gridColumnHelper<DealRow>();

// Ids match dealsGrid (lib/crm/deals/grid.ts); headers come from there too.
const dealColumns = column.columns([
  column.accessor("title", {}),
  column.accessor("companyName", {
    id: "company",
    cell: ({ row }) => <CompanyCell id={row.original.companyId} name={row.original.companyName} />,
  }),
  column.accessor("stage", { cell: (info) => <StageBadge stage={info.getValue()} /> }),
  column.accessor("pipelineName", { id: "pipeline", cell: (info) => <RecordLink resource="pipeline" id={info.row.original.pipelineId}>{info.getValue()}</RecordLink> }),
  column.accessor("ownerName", { id: "owner", cell: (info) => <RecordLink resource="user" id={info.row.original.ownerId}>{info.getValue()}</RecordLink> }),
  column.accessor("amountCents", { id: "amount", cell: (info) => <span className="tabular-nums">{formatCents(info.getValue())}</span> }),
  column.accessor("closeDate", { id: "close", cell: (info) => formatDate(info.getValue()) }),
  column.accessor("createdAt", { id: "created", cell: (info) => formatDate(info.getValue()) }),
]);

type Props = {
  result: GridPage<DealRow>;
  exportHref?: string;
  /** The grid under other URL keys, e.g. a company's deals on its page. */
  spec?: typeof dealsGrid;
  label?: string;
  /** The pipeline facet's options (pipelineOptions). */
  pipelines: readonly EnumOption[];
};

export function DealsTable({ result, exportHref, spec = dealsGrid, label = "Deals", pipelines }: Props) {
  return (
    <DataTable label={label} spec={spec} columns={dealColumns} result={result} getRowId={(row) => row.id} rowHref={(row) => salesPaths.deal(row.id)} exportHref={exportHref} rowOptions={{ pipeline: pipelines }} />
  );
}
