// Product analytics: tracked apps with ingest keys, visitor sessions with their event streams
// (page views, clicks, sign-ups, purchases…) over the last 90 days, and saved funnels.
import { events, funnels, trackedApps, visitorSessions } from "../schema";
import { insertRows } from "./batch";
import type { SeedContext } from "./context";
import { DemoIds } from "./ids";
import { daysBefore, later, MINUTE_MS, Random } from "./random";

const APP_COUNT = 30;
const SESSION_COUNT = 6_500;
const WINDOW_DAYS = 90;

const productNames = [
  "Lumen", "Orbit", "Paperwing", "Trailhead", "Quill", "Beacon", "Mosaic", "Sprout", "Harbor", "Pulse",
  "Relay", "Canvas", "Fable", "Ledger", "Kite",
];
const platforms = ["Web", "iOS", "Android", "Docs", "Marketing site", "Dashboard"];

const paths = [
  "/", "/pricing", "/features", "/docs", "/docs/getting-started", "/blog", "/blog/launch-week",
  "/signup", "/login", "/app/dashboard", "/app/settings", "/integrations", "/changelog", "/about",
];
const referrers = ["https://www.google.com/", "https://news.ycombinator.com/", "https://www.linkedin.com/", "https://t.co/", "https://duckduckgo.com/"];
const utmSources = ["newsletter", "twitter", "producthunt", "google_ads", "partner"];
const devices = ["desktop", "desktop", "desktop", "mobile", "mobile", "tablet"];
const browsers = ["Chrome", "Chrome", "Safari", "Safari", "Firefox", "Edge"];
const countries = ["US", "US", "US", "GB", "DE", "IN", "BR", "FR", "CA", "JP", "NL", "AU"];
const clickTargets = ["cta_primary", "nav_pricing", "signup_button", "watch_demo", "copy_code", "open_changelog"];
const searchQueries = ["pricing", "api key", "webhooks", "export csv", "sso", "rate limits", "delete account", "invoice", "integrations"];
const forms = ["newsletter", "contact_sales", "feedback"];
const skus = [
  { sku: "PLAN-PRO-M", priceCents: 2_900 },
  { sku: "PLAN-PRO-Y", priceCents: 29_000 },
  { sku: "ADDON-SEATS-5", priceCents: 4_500 },
  { sku: "ADDON-STORAGE", priceCents: 1_000 },
];

const funnelTemplates = [
  { name: "Visitor to sign-up", steps: ["page_view", "click", "signup"] },
  { name: "Checkout", steps: ["add_to_cart", "checkout_started", "purchase"] },
  { name: "Search engagement", steps: ["page_view", "search", "click"] },
];

type EventRow = typeof events.$inferInsert;
type Properties = Record<string, string | number | null>;

/** One visit: a landing page view followed by what a visitor plausibly does next. */
function visitEvents(rng: Random, firstPage: Properties, signedUp: boolean): { name: string; properties: Properties }[] {
  const context = { device: firstPage.device, browser: firstPage.browser, country: firstPage.country };
  const visit = [{ name: "page_view", properties: firstPage }];
  const length = rng.logInt(1, 14);
  let cartCents = 0;
  let checkoutStarted = false;
  let purchased = false;
  let didSignUp = signedUp;
  while (visit.length < length) {
    if (cartCents > 0 && !checkoutStarted && rng.chance(0.35)) {
      checkoutStarted = true;
      visit.push({ name: "checkout_started", properties: { ...context, cart_value_cents: cartCents } });
      continue;
    }
    if (checkoutStarted && !purchased && rng.chance(0.55)) {
      purchased = true;
      visit.push({ name: "purchase", properties: { ...context, order_id: `ord_${rng.hex(10)}`, amount_cents: cartCents, currency: "USD" } });
      continue;
    }
    const name = rng.weighted([["page_view", 48], ["click", 26], ["search", 7], ["form_submit", 4], ["add_to_cart", 7], ["signup", 5]]);
    if (name === "signup" && !didSignUp) {
      didSignUp = true;
      visit.push({ name, properties: { ...context, method: rng.pick(["email", "google", "github"]), plan: rng.pick(["free", "free", "pro"]) } });
    } else if (name === "add_to_cart") {
      const item = rng.pick(skus);
      cartCents += item.priceCents;
      visit.push({ name, properties: { ...context, sku: item.sku, price_cents: item.priceCents } });
    } else if (name === "click") {
      visit.push({ name, properties: { ...context, element: rng.pick(clickTargets), path: rng.pick(paths) } });
    } else if (name === "search") {
      visit.push({ name, properties: { ...context, query: rng.pick(searchQueries), results: rng.int(0, 40) } });
    } else if (name === "form_submit") {
      visit.push({ name, properties: { ...context, form: rng.pick(forms) } });
    } else {
      visit.push({ name: "page_view", properties: { ...context, path: rng.pick(paths) } });
    }
  }
  return visit;
}

function landingPage(rng: Random): Properties {
  const fromCampaign = rng.chance(0.2);
  return {
    path: rng.pick(paths.slice(0, 7)),
    referrer: fromCampaign || rng.chance(0.4) ? null : rng.pick(referrers),
    utm_source: fromCampaign ? rng.pick(utmSources) : null,
    device: rng.pick(devices),
    browser: rng.pick(browsers),
    country: rng.pick(countries),
  };
}

export async function seedAnalytics({ tx, now, users }: SeedContext) {
  const rng = new Random(0xa7a1);
  const appIds = new DemoIds("trackedApp");
  const windowStart = daysBefore(now, WINDOW_DAYS);
  const owners = [users[0], ...rng.sample(users.slice(1).filter((u) => u.createdAt < windowStart), 17)];
  const appRows = Array.from({ length: APP_COUNT }, (_, i) => {
    const owner = owners[i % owners.length];
    return {
      id: appIds.next(),
      ownerId: owner.id,
      name: `${productNames[i % productNames.length]} ${rng.pick(platforms)}`,
      apiKey: `sk_live_${rng.hex(32)}`,
      createdAt: rng.dateBetween(owner.createdAt, windowStart),
    };
  });

  const sessionIds = new DemoIds("visitorSession");
  const eventIds = new DemoIds("event");
  const sessionRows: (typeof visitorSessions.$inferInsert)[] = [];
  const eventRows: EventRow[] = [];
  const trafficWeights = appRows.map((app) => [app, rng.logInt(1, 40)] as const);
  const visitorsByApp = new Map(appRows.map((app) => [app.id, [] as string[]]));
  const signedUp = new Set<string>();

  for (let s = 0; s < SESSION_COUNT; s++) {
    const app = rng.weighted(trafficWeights);
    const visitors = visitorsByApp.get(app.id)!;
    // Roughly a third of visits come from returning visitors.
    const returning = visitors.length > 0 && rng.chance(0.35);
    const anonymousId = returning ? rng.pick(visitors) : rng.uuid();
    if (!returning) visitors.push(anonymousId);

    const visit = visitEvents(rng, landingPage(rng), signedUp.has(anonymousId));
    const offsets = visit.map(() => rng.int(4, 180) * 1000);
    const duration = offsets.reduce((sum, ms) => sum + ms, 0);
    // A visit never reaches past now: late ones start earlier.
    const startedAt = new Date(Math.min(rng.recentMoment(now, WINDOW_DAYS).getTime(), now.getTime() - duration));
    let at = startedAt;
    visit.forEach((event, i) => {
      if (event.name === "signup") signedUp.add(anonymousId);
      eventRows.push({ id: eventIds.next(), appId: app.id, name: event.name, anonymousId, properties: event.properties, occurredAt: at });
      at = later(at, offsets[i]);
    });
    // Visits whose last event was within the last half hour may still go on: no end yet.
    const open = now.getTime() - at.getTime() < 30 * MINUTE_MS;
    sessionRows.push({ id: sessionIds.next(), appId: app.id, anonymousId, startedAt, endedAt: open ? null : at });
  }

  const funnelIds = new DemoIds("funnel");
  const funnelRows = appRows.slice(0, 6).flatMap((app, i) =>
    funnelTemplates
      .filter((_, t) => t === i % funnelTemplates.length || rng.chance(0.3))
      .map((template) => ({
        id: funnelIds.next(),
        appId: app.id,
        name: template.name,
        steps: template.steps.map((event) => ({ event })),
        createdAt: rng.dateBetween(app.createdAt, now),
      })),
  );

  await insertRows(tx, trackedApps, appRows);
  await insertRows(tx, visitorSessions, sessionRows);
  await insertRows(tx, events, eventRows);
  await insertRows(tx, funnels, funnelRows);
}
