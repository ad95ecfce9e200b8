import { db } from "@/lib/db/client";

/** The app's own client, pointed by setup.ts at this run's throwaway database. */
export function getDb() {
  return db;
}
