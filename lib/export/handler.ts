import "server-only";
// GET /api/export/<grid>?<the grid's own URL state>: the grid's current filter and sort as a CSV
// download of every matching row, in its visible columns (`&columns=all`: every column). Session from the database, `export` permission on the server,
// one audit row per export, rows streamed in keyset batches.
import { auditRow } from "@/lib/audit/entry";
import { can } from "@/lib/auth/permissions";
import { callerOfRequest, type Staff } from "@/lib/auth/session";
import { loadGridState, type GridState } from "@/lib/data-table/search-params";
import { db } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { gridRowBatches } from "./batches";
import { csvLine } from "./csv";
import { exportableGrids, type CsvLayout, type ExportableGrid } from "./registry";

function refusal(status: number, message: string): Response {
  return new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

async function auditExport(request: Request, staff: Staff, name: string, grid: ExportableGrid, state: GridState) {
  const after = { grid: name, q: state.q, filters: state.filters, sort: state.sort };
  await db.insert(auditLog).values(auditRow(staff, request.headers, { action: "export", resource: grid.resource, after }));
}

function csvStream(grid: ExportableGrid, state: GridState, layout: CsvLayout): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const batches = gridRowBatches(grid.binding, state, grid.fields);
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(csvLine(layout.headers)));
    },
    // One batch per pull: a slow download holds back the next query instead of buffering rows.
    async pull(controller) {
      const batch = await batches.next();
      if (batch.done) controller.close();
      else controller.enqueue(encoder.encode(batch.value.map((row) => csvLine(layout.cells(row))).join("")));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}

export async function exportGridCsv(request: Request, name: string): Promise<Response> {
  const { staff, signedIn } = await callerOfRequest(request);
  if (!staff) return signedIn ? refusal(403, "Your account has no access to the console.") : refusal(401, "Sign in to export.");
  const grid = Object.hasOwn(exportableGrids, name) ? exportableGrids[name] : undefined;
  if (!grid) return refusal(404, "There is no such export.");
  if (!can(staff.role, grid.resource, "export")) return refusal(403, `Your role (${staff.role}) may not export ${grid.resource} records.`);

  const params = new URL(request.url).searchParams;
  const state = loadGridState(grid.binding.spec, params);
  // The grid's visible columns, like the screen; `columns=all` for every column, hidden ones too.
  const layout = grid.layout(params.get("columns") === "all" ? null : state.visible);
  await auditExport(request, staff, name, grid, state);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csvStream(grid, state, layout), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
}
