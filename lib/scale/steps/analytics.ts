// Product analytics: tracked apps (a few big ones), visitor sessions, and events inside those
// sessions, written in time order as an ingest pipeline appends them.
import { pickAt, pickRandom, randomInt, scaleUserId, scaleUuid, skewedIndex, withinLastDays } from "../sql";
import { scaleSizes } from "../sizes";
import type { ScaleStep } from "../step";

const products = ["Lumen", "Orbit", "Paperwing", "Trailhead", "Quill", "Beacon", "Mosaic", "Sprout", "Harbor", "Pulse"];
const platforms = ["Web", "iOS", "Android", "Docs", "Marketing site", "Dashboard"];
const eventNames = [
  "page_view", "page_view", "page_view", "page_view", "page_view", "click", "click", "search", "signup",
  "add_to_cart", "checkout_started", "purchase",
];
const paths = ["/", "/pricing", "/features", "/docs", "/docs/getting-started", "/blog", "/signup", "/app/dashboard", "/app/settings"];
const browsers = ["Chrome", "Chrome", "Safari", "Safari", "Firefox", "Edge"];
const countries = ["US", "US", "US", "GB", "DE", "IN", "BR", "FR", "CA", "JP"];
const VISITORS = 120_000;

const { trackedApps, visitorSessions, events, users, historyDays } = scaleSizes;

export const analyticsSteps: ScaleStep[] = [
  {
    table: "tracked_apps",
    sql: `
      insert into tracked_apps (id, owner_id, name, api_key, created_at)
      select ${scaleUuid("trackedApp", "g")}, ${scaleUserId(`1 + (g * 53) % ${users}`)},
             ${pickAt(products, "g")} || ' ' || ${pickAt(platforms, "g / 10")} || ' ' || g,
             'sk_scale_' || md5('app' || g), ${withinLastDays(720)}
      from generate_series(1, ${trackedApps}) g`,
  },
  {
    table: "sessions",
    sql: `
      insert into sessions (app_id, anonymous_id, started_at, ended_at)
      select ${scaleUuid("trackedApp", skewedIndex(trackedApps, 3))}, 'anon_' || ${randomInt(1, VISITORS)},
             started_at, started_at + random() * interval '40 minutes'
      from (select ${withinLastDays(historyDays)} as started_at from generate_series(1, ${visitorSessions})) s
      order by started_at`,
  },
  {
    table: "events",
    // Event g belongs to the session numbered 1 + (g - 1) mod sessions (6–7 events each) and falls inside its window.
    sql: `
      insert into events (app_id, name, anonymous_id, properties, occurred_at)
      select s.app_id, ${pickRandom(eventNames)}, s.anonymous_id,
             jsonb_build_object('path', ${pickRandom(paths)}, 'browser', ${pickRandom(browsers)}, 'country', ${pickRandom(countries)}),
             s.started_at + random() * (s.ended_at - s.started_at) as occurred_at
      from generate_series(1, ${events}) g
      join (select app_id, anonymous_id, started_at, ended_at, row_number() over (order by started_at, id) as n from sessions) s
        on s.n = 1 + (g - 1) % ${visitorSessions}
      order by occurred_at`,
  },
];
