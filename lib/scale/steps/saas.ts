// Multi-tenant SaaS: three plans, organizations with members, one subscription each, and
// metered API usage skewed towards a few heavy organizations.
import { pickAt, pickRandom, randomInt, scaleUserId, scaleUuid, skewedIndex, withinLastDays } from "../sql";
import { scaleSizes } from "../sizes";
import type { ScaleStep } from "../step";

const orgWords = ["acme", "globex", "initech", "umbrella", "stark", "wayne", "hooli", "vandelay", "wonka", "tyrell"];
const orgSuffixes = ["Labs", "Inc", "Studio", "Systems", "Collective", "Group", "Works", "Cloud"];
const MAX_MEMBERS = 10;

const { organizations, users, apiUsage, historyDays, deliveriesPerPolarSubscription } = scaleSizes;
const lastDelivery = deliveriesPerPolarSubscription - 1;

// Plan index of organization g: 60 % free (1), 30 % pro (2), 10 % scale (3).
const planIndex = "(case when g % 10 < 6 then 1 when g % 10 < 9 then 2 else 3 end)";

export const saasSteps: ScaleStep[] = [
  {
    table: "plans",
    sql: `
      insert into plans (id, slug, name, price_cents, monthly_credits, polar_product_id)
      values (${scaleUuid("plan", "1")}, 'free', 'Free', 0, 1000, null),
             (${scaleUuid("plan", "2")}, 'pro', 'Pro', 2900, 100000, 'polar_prod_scale_pro'),
             (${scaleUuid("plan", "3")}, 'scale', 'Scale', 19900, 1000000, 'polar_prod_scale_scale')`,
  },
  {
    table: "organizations",
    sql: `
      insert into organizations (id, slug, name, created_at)
      select ${scaleUuid("organization", "g")}, ${pickAt(orgWords, "g")} || '-' || g,
             initcap(${pickAt(orgWords, "g")}) || ' ' || ${pickAt(orgSuffixes, "g / 10")} || ' ' || g, ${withinLastDays(540)}
      from generate_series(1, ${organizations}) g`,
  },
  {
    table: "memberships",
    // Organization g has 1 + g % 10 members; member m is user 1 + (37g + 1009m) mod users, distinct for m < 10.
    sql: `
      insert into memberships (organization_id, user_id, role, created_at)
      select ${scaleUuid("organization", "g")}, ${scaleUserId(`1 + (g * 37 + m * 1009) % ${users}`)},
             case m when 0 then 'owner' when 1 then 'admin' else 'member' end, ${withinLastDays(540)}
      from generate_series(1, ${organizations}) g
      cross join lateral generate_series(0, g % ${MAX_MEMBERS}) m`,
  },
  {
    table: "subscriptions",
    sql: `
      insert into subscriptions (organization_id, plan_id, status, provider_sub_id, current_period_end, created_at,
                                 polar_subscription_id, polar_event_at)
      select ${scaleUuid("organization", "g")}, ${scaleUuid("plan", planIndex)},
             ${pickRandom(["active", "active", "active", "active", "active", "active", "trialing", "past_due", "canceled"])},
             case when ${planIndex} > 1 then 'sub_scale_' || g end,
             now() + (g % 30) * interval '1 day', ${withinLastDays(540)},
             case when ${planIndex} > 1 then 'polar_sub_scale_' || g end,
             case when ${planIndex} > 1 then ${withinLastDays(30)} end
      from generate_series(1, ${organizations}) g`,
  },
  {
    table: "api_usage",
    sql: `
      insert into api_usage (organization_id, api_key_id, credits_used, created_at)
      select ${scaleUuid("organization", "org")}, 'key_' || org || '_' || (g % 3), ${randomInt(1, 50)}, created_at
      from (select g, ${skewedIndex(organizations)} as org, ${withinLastDays(historyDays)} as created_at
            from generate_series(1, ${apiUsage}) g) u
      order by created_at`,
  },
  {
    table: "console_webhook_deliveries",
    // Per Polar-synced subscription: its creation, then changes (renewals, status moves), mostly
    // applied; the last change of some failed or arrived stale.
    sql: `
      insert into console_webhook_deliveries (webhook_id, type, received_at, attempts, outcome, error, polar_subscription_id, payload)
      select 'msg_scale_' || g || '_' || d,
             case d when 0 then 'subscription.created' else 'subscription.updated' end,
             ${withinLastDays(historyDays)}, 1 + (g % 7 = 0)::int,
             case when g % 50 = 0 and d = ${lastDelivery} then 'failed' when g % 20 = 0 and d = ${lastDelivery} then 'stale' else 'applied' end,
             case when g % 50 = 0 and d = ${lastDelivery} then 'The event names no Polar product, and the metadata names no plan.' end,
             'polar_sub_scale_' || g,
             jsonb_build_object('type', case d when 0 then 'subscription.created' else 'subscription.updated' end,
                                'data', jsonb_build_object('id', 'polar_sub_scale_' || g, 'status', 'active'))
      from generate_series(1, ${organizations}) g
      cross join generate_series(0, ${lastDelivery}) d
      where ${planIndex} > 1`,
  },
];
