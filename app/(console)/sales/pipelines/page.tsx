import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardContent } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { dealsGrid } from "@/lib/crm/deals/grid";
import { salesPaths } from "@/lib/crm/paths";
import { listPipelines } from "@/lib/crm/pipelines/queries";
import { gridQueryString } from "@/lib/data-table/search-params";
import { formatCents, formatDate, formatNumber } from "@/lib/format";
import { DeletePipelineButton, NewPipelineButton, RenamePipelineButton } from "./pipeline-buttons";

export const metadata: Metadata = { title: "Pipelines" };

export default async function PipelinesPage() {
  const staff = await requirePermission("pipeline", "read");
  const rows = await listPipelines();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Pipelines</h1>
          <p className="text-sm text-muted-foreground">Each pipeline has a board; deals move across its stages.</p>
        </div>
        {can(staff.role, "pipeline", "create") && <NewPipelineButton />}
      </div>
      <Card>
        <CardContent>
          {rows.length === 0 ? (
            <p className="py-8 text-center text-sm text-muted-foreground">No pipelines yet.</p>
          ) : (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Name</TableHead>
                  <TableHead className="text-right">Deals</TableHead>
                  <TableHead className="text-right">Open value</TableHead>
                  <TableHead>Created</TableHead>
                  <TableHead className="sr-only">Actions</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.id}>
                    <TableCell>
                      <Link href={salesPaths.board(row.id)} className="font-medium underline-offset-4 hover:underline">
                        {row.name}
                      </Link>
                    </TableCell>
                    <TableCell className="text-right tabular-nums">
                      <Link href={`${salesPaths.deals}${gridQueryString(dealsGrid, { pipeline: [row.id] })}`} className="underline-offset-4 hover:underline" aria-label={`${formatNumber(row.deals)} deals in ${row.name}`}>
                        {formatNumber(row.deals)}
                      </Link>
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{formatCents(Number(row.openCents))}</TableCell>
                    <TableCell>{formatDate(row.createdAt)}</TableCell>
                    <TableCell className="text-right">
                      {can(staff.role, "pipeline", "update") && <RenamePipelineButton pipeline={row} />}
                      {can(staff.role, "pipeline", "delete") && <DeletePipelineButton pipeline={row} deals={row.deals} />}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
