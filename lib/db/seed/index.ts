// One deterministic, idempotent seed: staff logins plus demo data across the five products.
import type { Database } from "../client";
import { seedStaff } from "./staff";

export async function seedDatabase(db: Database) {
  await seedStaff(db);
}
