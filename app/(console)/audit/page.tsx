import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { auditGrid } from "@/lib/audit/grid";
import { listAuditEntries } from "@/lib/audit/queries";
import { auditReferenceNames } from "@/lib/audit/references";
import { requirePermission } from "@/lib/auth/session";
import { loadGridState } from "@/lib/data-table/search-params";
import { exportHref } from "@/lib/export/links";
import { AuditTable } from "./audit-table";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requirePermission("audit", "read");
  const result = await listAuditEntries(loadGridState(auditGrid, await searchParams));
  const names = await auditReferenceNames(staff, result.rows);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Audit log</h1>
        <p className="text-sm text-muted-foreground">Every change made through the console: who, what, when, before and after.</p>
      </div>
      <AuditTable result={result} names={names} exportHref={exportHref("audit", staff.role)} />
    </div>
  );
}
