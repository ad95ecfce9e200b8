// THE permission matrix: resource × action per role. Defined once with Better Auth's access
// control; the server enforces it (actions, pages, route handlers) and the UI only hides with it.
import { createAccessControl } from "better-auth/plugins/access";
import { defaultStatements } from "better-auth/plugins/admin/access";
import { allRoles, isStaffRole, staffRoles, type Role, type StaffRole } from "./roles";

const crud = ["read", "create", "update", "delete", "export"] as const;
const readOnly = ["read", "export"] as const;

export const statements = {
  // Better Auth admin plugin resources, extended with the console's read/export.
  user: [...defaultStatements.user, "read", "export"],
  session: defaultStatements.session,
  // Learning platform
  course: crud,
  module: crud,
  lesson: crud,
  enrollment: crud,
  progress: [...crud, "reset"],
  // SaaS
  organization: crud,
  membership: crud,
  plan: crud,
  subscription: crud,
  apiUsage: readOnly,
  // The console's record of Polar webhook deliveries; `reapply` re-runs a failed one.
  webhookDelivery: [...readOnly, "reapply"],
  // Analytics
  // read-key: see an app's masked ingest key (last 4); support never sees keys at all.
  trackedApp: [...crud, "rotate-key", "read-key"],
  event: readOnly,
  visitorSession: readOnly,
  funnel: crud,
  // AI wrapper
  aiProfile: crud,
  tokenUsage: readOnly,
  // The text people wrote to the model (prompt, completion, metadata) is its own permission; each read is audited.
  promptLog: [...readOnly, "read-text"],
  // CRM
  company: crud,
  contact: crud,
  pipeline: crud,
  deal: crud,
  activity: ["read", "create", "export"],
  // Console
  audit: readOnly,
} as const;

export type Statements = typeof statements;
export type Resource = keyof Statements;
export type Action<R extends Resource = Resource> = Statements[R][number];

export const ac = createAccessControl(statements);

type Grants = { [R in Resource]?: readonly Action<R>[] };

/** Read on every product resource (not the audit log, raw session lists or webhook deliveries). */
const readEverything = Object.fromEntries(
  (Object.keys(statements) as Resource[])
    .filter((r) => r !== "audit" && r !== "session" && r !== "webhookDelivery")
    .map((r) => [r, ["read"]]),
) as Grants;

const admin = ac.newRole(statements as never);

const support = ac.newRole({
  ...readEverything,
  user: ["read", "list", "get", "ban"],
  session: ["list", "revoke"],
  enrollment: ["read", "create", "delete"],
  progress: ["read", "update", "reset"],
  promptLog: ["read", "read-text"],
} as Grants as never);

const finance = ac.newRole({
  ...readEverything,
  organization: ["read", "export"],
  plan: ["read", "export"],
  subscription: ["read", "export"],
  apiUsage: ["read", "export"],
  webhookDelivery: ["read", "export"],
  tokenUsage: ["read", "export"],
  aiProfile: ["read", "export"],
  promptLog: ["read", "export"],
  deal: ["read", "export"],
  trackedApp: ["read", "read-key"],
  course: ["read", "export"],
  enrollment: ["read", "export"],
} as Grants as never);

const user = ac.newRole({});

export const roles = { admin, support, finance, user } satisfies Record<Role, unknown>;
export { allRoles, isStaffRole, staffRoles, type Role, type StaffRole };

/** True when `role` may do `action` on `resource`. Unknown roles may do nothing. */
export function can<R extends Resource>(role: string | null | undefined, resource: R, action: Action<R>): boolean {
  const r = roles[role as Role];
  if (!r) return false;
  return r.authorize({ [resource]: [action] } as never).success;
}
