import { db } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";

/** How many audit rows there are: a refused action must leave it unchanged. */
export function auditCount() {
  return db.$count(auditLog);
}
