"use client";
import { DataTable } from "@/components/data-table/data-table";
import { sessionsGrid } from "@/lib/analytics/sessions/grid";
import type { SessionRow } from "@/lib/analytics/sessions/queries";
import type { GridPage } from "@/lib/data-table/result";
import { sessionColumns } from "./columns";

export function SessionsTable({ result, exportHref }: { result: GridPage<SessionRow>; exportHref?: string }) {
  return <DataTable label="Visitor sessions" spec={sessionsGrid} columns={sessionColumns} result={result} getRowId={(row) => row.id} exportHref={exportHref} />;
}
