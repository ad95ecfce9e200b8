import { sql } from "drizzle-orm";
import { integer, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { categoryTotals, stackedSeries, timeSeries } from "./series";

// A table of this test's own, so the assertions never depend on other tests' rows.
const sales = pgTable("chart_kit_test_sales", {
  id: serial("id").primaryKey(),
  region: text("region"),
  amountCents: integer("amount_cents").notNull(),
  soldAt: timestamp("sold_at", { withTimezone: true }).notNull(),
  // Better Auth's columns are timestamps without time zone: those must bucket the same way.
  loggedAt: timestamp("logged_at").notNull(),
});

const rows: { region: string | null; amountCents: number; at: string }[] = [
  { region: "eu", amountCents: 100, at: "2025-03-02T23:59:00Z" }, // Sunday, day before the range
  { region: "eu", amountCents: 200, at: "2025-03-03T00:00:00Z" }, // Monday: first day of the range
  { region: "us", amountCents: 300, at: "2025-03-03T12:00:00Z" },
  { region: "eu", amountCents: 400, at: "2025-03-05T23:30:00Z" }, // late evening UTC stays on the 5th
  { region: "apac", amountCents: 50, at: "2025-03-05T08:00:00Z" },
  { region: null, amountCents: 25, at: "2025-03-06T08:00:00Z" },
  { region: "latam", amountCents: 10, at: "2025-03-06T09:00:00Z" },
  { region: "us", amountCents: 500, at: "2025-03-07T00:00:00Z" }, // the day after the range
  { region: "us", amountCents: 700, at: "2025-04-15T10:00:00Z" },
];

const day = { from: "2025-03-03", to: "2025-03-06" };

beforeAll(async () => {
  await db.execute(sql`drop table if exists chart_kit_test_sales`);
  await db.execute(sql`
    create table chart_kit_test_sales (
      id serial primary key, region text, amount_cents integer not null,
      sold_at timestamptz not null, logged_at timestamp not null
    )`);
  await db.insert(sales).values(rows.map((r) => ({ ...r, soldAt: new Date(r.at), loggedAt: new Date(r.at) })));
});

afterAll(async () => {
  await db.execute(sql`drop table if exists chart_kit_test_sales`);
});

describe("timeSeries", () => {
  it("gives every day of the range a value, 0 where nothing happened, UTC days both ends inclusive", async () => {
    const series = await timeSeries({ time: sales.soldAt, value: sql`count(*)`, range: day, bucket: "day" });
    expect(series).toEqual([
      { bucket: "2025-03-03", value: 2 },
      { bucket: "2025-03-04", value: 0 },
      { bucket: "2025-03-05", value: 2 },
      { bucket: "2025-03-06", value: 2 },
    ]);
  });

  it("buckets a timestamp-without-time-zone column on the same UTC days", async () => {
    const series = await timeSeries({ time: sales.loggedAt, value: sql`count(*)`, range: day, bucket: "day" });
    expect(series.map((p) => p.value)).toEqual([2, 0, 2, 2]);
  });

  it("buckets by UTC day whatever the session's time zone", async () => {
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local time zone 'Pacific/Kiritimati'`); // UTC+14
      for (const time of [sales.soldAt, sales.loggedAt]) {
        const series = await timeSeries({ time, value: sql`count(*)`, range: day, bucket: "day" }, tx);
        expect(series.map((p) => p.value)).toEqual([2, 0, 2, 2]);
      }
    });
  });

  it("sums a column and applies the caller's where", async () => {
    const series = await timeSeries({
      time: sales.soldAt,
      value: sql`sum(${sales.amountCents})`,
      where: sql`${sales.region} = 'eu'`,
      range: day,
      bucket: "day",
    });
    expect(series.map((p) => p.value)).toEqual([200, 0, 400, 0]);
  });

  it("starts week buckets on Monday and counts the first week in full", async () => {
    const series = await timeSeries({
      time: sales.soldAt,
      value: sql`count(*)`,
      range: { from: "2025-03-05", to: "2025-03-18" },
      bucket: "week",
    });
    expect(series).toEqual([
      { bucket: "2025-03-03", value: 7 },
      { bucket: "2025-03-10", value: 0 },
      { bucket: "2025-03-17", value: 0 },
    ]);
  });

  it("fills empty months with 0", async () => {
    const series = await timeSeries({
      time: sales.soldAt,
      value: sql`sum(${sales.amountCents})`,
      range: { from: "2025-02-10", to: "2025-05-31" },
      bucket: "month",
    });
    expect(series).toEqual([
      { bucket: "2025-02-01", value: 0 },
      { bucket: "2025-03-01", value: 1585 },
      { bucket: "2025-04-01", value: 700 },
      { bucket: "2025-05-01", value: 0 },
    ]);
  });
});

describe("stackedSeries", () => {
  it("gives every series a value in every bucket, largest series first, the tail folded into Other", async () => {
    const stacked = await stackedSeries({
      time: sales.soldAt,
      value: sql`sum(${sales.amountCents})`,
      dimension: sales.region,
      range: day,
      bucket: "day",
      maxSeries: 3,
    });
    // eu 600, us 300, then apac 50 + (none) 25 + latam 10 folded into Other.
    expect(stacked.keys).toEqual(["eu", "us", "Other"]);
    expect(stacked.rows).toEqual([
      { bucket: "2025-03-03", values: { eu: 200, us: 300, Other: 0 } },
      { bucket: "2025-03-04", values: { eu: 0, us: 0, Other: 0 } },
      { bucket: "2025-03-05", values: { eu: 400, us: 0, Other: 50 } },
      { bucket: "2025-03-06", values: { eu: 0, us: 0, Other: 35 } },
    ]);
  });

  it("keeps every series when there are no more than maxSeries, naming a missing value (none)", async () => {
    const stacked = await stackedSeries({
      time: sales.soldAt,
      value: sql`sum(${sales.amountCents})`,
      dimension: sales.region,
      range: { from: "2025-03-06", to: "2025-03-06" },
      bucket: "day",
    });
    expect(stacked).toEqual({ keys: ["(none)", "latam"], rows: [{ bucket: "2025-03-06", values: { "(none)": 25, latam: 10 } }] });
  });

  it("returns buckets with no series when nothing happened", async () => {
    const stacked = await stackedSeries({
      time: sales.soldAt,
      value: sql`count(*)`,
      dimension: sales.region,
      range: { from: "2024-01-01", to: "2024-01-02" },
      bucket: "day",
    });
    expect(stacked).toEqual({ keys: [], rows: [] });
  });
});

describe("categoryTotals", () => {
  it("totals per category, largest first, the tail folded into Other", async () => {
    const totals = await categoryTotals({ dimension: sales.region, value: sql`count(*)`, limit: 3 });
    expect(totals).toEqual([
      { label: "eu", value: 3 },
      { label: "us", value: 3 },
      { label: "Other", value: 3 },
    ]);
  });
});
