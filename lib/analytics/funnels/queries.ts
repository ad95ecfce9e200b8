import "server-only";
import { desc, eq } from "drizzle-orm";
import { versionOf } from "@/lib/actions/lock-row";
import { db } from "@/lib/db/client";
import { funnels, trackedApps } from "@/lib/db/schema";
import { funnelId, funnelSteps, type FunnelStep } from "./schemas";

/** Stored steps as the console reads them; a product-written value of another shape reads as no steps. */
export function readSteps(value: unknown): FunnelStep[] {
  const parsed = funnelSteps.safeParse(value);
  return parsed.success ? parsed.data : [];
}

export async function appFunnels(appId: string) {
  const rows = await db
    .select({ id: funnels.id, name: funnels.name, steps: funnels.steps, createdAt: funnels.createdAt })
    .from(funnels)
    .where(eq(funnels.appId, appId))
    .orderBy(desc(funnels.createdAt));
  return rows.map((r) => ({ ...r, steps: readSteps(r.steps) }));
}

export async function getFunnel(id: string) {
  if (!funnelId.safeParse(id).success) return null;
  const [row] = await db
    .select({
      id: funnels.id,
      name: funnels.name,
      steps: funnels.steps,
      appId: funnels.appId,
      appName: trackedApps.name,
      createdAt: funnels.createdAt,
      version: versionOf(funnels),
    })
    .from(funnels)
    .innerJoin(trackedApps, eq(trackedApps.id, funnels.appId))
    .where(eq(funnels.id, id));
  return row ? { ...row, steps: readSteps(row.steps) } : null;
}

export type FunnelDetail = NonNullable<Awaited<ReturnType<typeof getFunnel>>>;
