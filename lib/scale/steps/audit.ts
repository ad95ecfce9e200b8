// The console's audit log: staff actions over the history window, in time order (bigserial ids
// ascend with time, as they do when rows are appended live).
import { demoLogins } from "@/lib/db/seed/staff";
import { pickAt, pickRandom, randomInt, scaleUserId, withinLastDays } from "../sql";
import { scaleSizes } from "../sizes";
import type { ScaleStep } from "../step";

const staff = demoLogins.filter((login) => login.role !== "user");
const actions = ["update", "update", "update", "create", "delete", "ban", "unban", "revoke-sessions", "impersonate"];
const resources = ["user", "course", "enrollment", "progress", "organization", "subscription", "deal", "trackedApp"];
const ips = ["10.0.4.17", "10.0.9.3", "192.168.1.20", "172.16.0.8"];

const { auditLog, users, historyDays } = scaleSizes;

export const auditSteps: ScaleStep[] = [
  {
    table: "audit_log",
    sql: `
      insert into audit_log (actor_id, actor_email, actor_role, action, resource, resource_id, before, after, ip, user_agent, created_at)
      select ${pickAt(staff.map((s) => s.id), "a")}, ${pickAt(staff.map((s) => s.email), "a")}, ${pickAt(staff.map((s) => s.role), "a")},
             action, resource, ${scaleUserId(randomInt(1, users))},
             case when action <> 'create' then jsonb_build_object('status', 'before') end,
             case when action <> 'delete' then jsonb_build_object('status', 'after') end,
             ${pickRandom(ips)}, 'Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0', created_at
      from (select floor(random() * ${staff.length})::int as a, ${pickRandom(actions)} as action, ${pickRandom(resources)} as resource,
                   ${withinLastDays(historyDays)} as created_at
            from generate_series(1, ${auditLog})) l
      order by created_at`,
  },
];
