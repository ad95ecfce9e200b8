import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { boardFiltersSchema } from "@/lib/crm/board/filters";
import { boardOwners, getBoard } from "@/lib/crm/board/queries";
import { salesPaths } from "@/lib/crm/paths";
import { BoardFilters } from "./board-filters";
import { PipelineBoard } from "./pipeline-board";

export const metadata: Metadata = { title: "Pipeline board" };

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PipelineBoardPage({ params, searchParams }: PageProps) {
  const staff = await requirePermission("deal", "read");
  const { id } = await params;
  const query = await searchParams;
  const filters = boardFiltersSchema.parse({
    owner: typeof query.owner === "string" ? query.owner : undefined,
    from: typeof query.from === "string" ? query.from : undefined,
    to: typeof query.to === "string" ? query.to : undefined,
  });
  const [board, owners] = await Promise.all([getBoard(id, filters), boardOwners(id)]);
  if (!board) notFound();

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{board.pipeline.name}</h1>
          <p className="text-sm text-muted-foreground">
            Pipeline board · <Link href={salesPaths.pipelines} className="underline-offset-4 hover:underline">all pipelines</Link>
          </p>
        </div>
        <BoardFilters filters={filters} owners={owners} />
      </div>
      <PipelineBoard pipelineId={board.pipeline.id} columns={board.columns} filters={filters} canMove={can(staff.role, "deal", "update")} />
    </div>
  );
}
