// One deterministic, idempotent seed: staff logins plus demo data across the five products.
// Demo rows have fixed ids (see ids.ts) and are written in one transaction, so the demo data is
// either all there or not at all; a re-run finds the marker user and stops. If rows were deleted
// since, a re-run restores exactly those (every insert skips rows that exist).
import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { user } from "../schema";
import { seedAi } from "./ai";
import { seedAnalytics } from "./analytics";
import { seedCrm } from "./crm";
import { DEMO_USER_ID_PREFIX } from "./ids";
import { seedLms } from "./lms";
import { seedEndUsers } from "./people";
import { seedSaas } from "./saas";
import { seedStaff } from "./staff";
import { seedSupportDemo } from "./support-demo";

const MARKER_USER_ID = `${DEMO_USER_ID_PREFIX}0001`;

export async function seedDatabase(db: Database) {
  await seedStaff(db);
  const [marker] = await db.select({ id: user.id }).from(user).where(eq(user.id, MARKER_USER_ID));
  if (!marker) await seedDemoData(db);
  await seedSupportDemo(db);
}

/** Writes (or completes) the demo data of all five products. */
async function seedDemoData(db: Database) {
  await db.transaction(async (tx) => {
    const now = new Date();
    const users = await seedEndUsers(tx, now);
    const context = { tx, now, users };
    await seedLms(context);
    await seedSaas(context);
    await seedAnalytics(context);
    await seedAi(context);
    await seedCrm(context);
  });
}
