"use server";

import { eq } from "drizzle-orm";
import { defineAction } from "@/lib/actions/define-action";
import { lockForEdit, lockRow } from "@/lib/actions/lock-row";
import type { Transaction } from "@/lib/db/client";
import { consoleIngestReceipts, trackedApps } from "@/lib/db/schema";
import { generateIngestKey } from "./keys";
import { appDeletionCounts } from "./queries";
import { appRefSchema, createAppSchema, updateAppSchema } from "./schemas";

const revalidate = "/analytics";

const appConstraints = {
  tracked_apps_owner_id_user_id_fk: { field: "ownerId", message: "That user no longer exists. Pick another owner." },
};

/** The app as the audit log may keep it: everything but the key. */
function withoutKey<T extends { apiKey: string }>({ apiKey, ...rest }: T) {
  void apiKey;
  return rest;
}

const missing = "That app no longer exists.";
const lockApp = async (tx: Transaction, id: string) => withoutKey(await lockRow(tx, trackedApps, id, missing));

/** Creates the app with a fresh key; the key is in this result once and nowhere after. */
export const createTrackedApp = defineAction({
  resource: "trackedApp",
  action: "create",
  schema: createAppSchema,
  constraints: appConstraints,
  revalidate,
  async run(input, { tx, audit }) {
    const [created] = await tx.insert(trackedApps).values({ ...input, apiKey: generateIngestKey() }).returning();
    audit({ resourceId: created.id, after: withoutKey(created) });
    return { id: created.id, apiKey: created.apiKey };
  },
});

export const updateTrackedApp = defineAction({
  resource: "trackedApp",
  action: "update",
  schema: updateAppSchema,
  constraints: appConstraints,
  revalidate,
  async run({ id, version, ...changes }, { tx, audit }) {
    const before = withoutKey(await lockForEdit(tx, trackedApps, { id, version }, { resource: "trackedApp", missing }));
    const [after] = await tx.update(trackedApps).set(changes).where(eq(trackedApps.id, id)).returning();
    audit({ resourceId: id, before, after: withoutKey(after) });
    return { id };
  },
});

/** A new key at once: the old one is refused from the commit on (ingest re-checks the key per request). */
export const rotateTrackedAppKey = defineAction({
  resource: "trackedApp",
  action: "rotate-key",
  schema: appRefSchema,
  sensitive: true,
  freshSecondFactor: true,
  revalidate,
  async run({ id }, { tx, audit }) {
    await lockApp(tx, id);
    const [rotated] = await tx.update(trackedApps).set({ apiKey: generateIngestKey() }).where(eq(trackedApps.id, id)).returning();
    audit({ resourceId: id, after: { keyRotated: true } });
    return { id, apiKey: rotated.apiKey };
  },
});

/** Deletes the app; its events, sessions, funnels and rollups go with it (ON DELETE CASCADE), and its ingest receipts. */
export const deleteTrackedApp = defineAction({
  resource: "trackedApp",
  action: "delete",
  schema: appRefSchema,
  revalidate: false,
  async run({ id }, { tx, audit }) {
    const app = await lockApp(tx, id);
    const removed = await appDeletionCounts(id, tx);
    await tx.delete(trackedApps).where(eq(trackedApps.id, id));
    await tx.delete(consoleIngestReceipts).where(eq(consoleIngestReceipts.appId, id));
    audit({ resourceId: id, before: { ...app, removed } });
    return { id, removed };
  },
});
