// The console's own append-only audit trail: every mutation made through the action wrapper.
import { bigserial, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const auditLog = pgTable(
  "audit_log",
  {
    // bigserial keeps (created_at, id) keyset paging cheap and strictly ordered.
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actorId: text("actor_id").notNull(),
    actorEmail: text("actor_email").notNull(),
    actorRole: text("actor_role").notNull(),
    // Set when the actor was impersonating: the staff member really behind the request.
    impersonatorId: text("impersonator_id"),
    action: text("action").notNull(),
    resource: text("resource").notNull(),
    resourceId: text("resource_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    ip: text("ip"),
    userAgent: text("user_agent"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("idx_audit_time").on(t.createdAt, t.id),
    index("idx_audit_actor_time").on(t.actorId, t.createdAt),
    index("idx_audit_resource").on(t.resource, t.resourceId),
  ],
);
