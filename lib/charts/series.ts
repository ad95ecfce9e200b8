// Chart data, aggregated by PostgreSQL: time buckets come from generate_series, so a bucket
// without rows is a 0 (not a missing point), and big tables are never shipped to the browser.
import "server-only";
import { and, is, sql, type SQL } from "drizzle-orm";
import { PgColumn, type PgTable } from "drizzle-orm/pg-core";
import { db, type Database, type Transaction } from "@/lib/db/client";
import { addDays, startOfBucket, type Bucket, type DateRange } from "@/lib/dates";

export type SeriesPoint = { bucket: string; value: number };
export type StackedSeries = { keys: string[]; rows: { bucket: string; values: Record<string, number> }[] };
export type CategoryTotal = { label: string; value: number };

/** Where the query runs: the shared client, or a transaction the caller is in. */
type Executor = Database | Transaction;

/** The label of the series or category that sums everything past the largest ones. */
export const OTHER = "Other";
const NO_VALUE = "(none)";

type Aggregation = {
  /** Aggregate per group, e.g. sql`count(*)` or sql`sum(${tokenUsage.costMicrocents})`. Additive ones only when grouped. */
  value: SQL;
  /** Rows to aggregate: a table, or a join written as SQL. Defaults to the time column's table. */
  from?: PgTable | SQL;
  where?: SQL;
};

export type TimeSeriesQuery = Aggregation & {
  /** A timestamp column (with or without time zone) or a date column; its values are read as UTC. */
  time: PgColumn;
  range: DateRange;
  bucket: Bucket;
};

export type StackedSeriesQuery = TimeSeriesQuery & {
  /** What splits each bucket into series, e.g. tokenUsage.model. */
  dimension: PgColumn | SQL;
  /** At most this many series: the largest `maxSeries - 1` by total, the rest summed as "Other". */
  maxSeries?: number;
};

export type CategoryQuery = Aggregation & {
  dimension: PgColumn | SQL;
  /** At most this many categories: the largest `limit - 1`, the rest summed as "Other". */
  limit?: number;
};

function hasTimeZone(column: PgColumn): boolean {
  return column.getSQLType().includes("with time zone");
}

/** Rows whose `time` falls on a UTC day of `range` (both ends inclusive); keeps the column bare so its index serves. */
export function withinRange(time: PgColumn, range: DateRange): SQL {
  const startOf = (day: string) => (hasTimeZone(time) ? sql`${`${day}T00:00:00Z`}::timestamptz` : sql`${day}::timestamp`);
  return sql`${time} >= ${startOf(range.from)} and ${time} < ${startOf(addDays(range.to, 1))}`;
}

/** The CTEs `buckets(bucket)` and `agg(bucket, [series,] value)` shared by both series queries. */
function bucketedRows(query: TimeSeriesQuery, dimension?: SQL) {
  const { time, bucket, range } = query;
  // The first bucket starts on its own first day, so every bucket is counted in full.
  const start = startOfBucket(range.from, bucket);
  const utcTime = hasTimeZone(time) ? sql`(${time} at time zone 'UTC')` : sql`${time}::timestamp`;
  const filter = and(withinRange(time, { from: start, to: range.to }), query.where);
  const series = dimension ? sql`, coalesce((${dimension})::text, ${NO_VALUE}) as series` : sql``;
  return sql`
    buckets as (
      select generate_series(${start}::timestamp, ${range.to}::timestamp, ${`1 ${bucket}`}::interval) as bucket
    ),
    agg as (
      select date_trunc(${bucket}, ${utcTime}) as bucket${series}, ${query.value} as value
      from ${query.from ?? time.table}
      where ${filter}
      group by 1${dimension ? sql`, 2` : sql``}
    )`;
}

/** Ranks labels by total and folds everything from rank `max` on into "Other" when there are more than `max`. */
function foldIntoOther(max: number) {
  return sql`case when count(*) over () > ${max} and rank >= ${max} then ${OTHER} else label end`;
}

/** One value per bucket from `range.from`'s bucket to `range.to`, 0 where nothing happened. */
export async function timeSeries(query: TimeSeriesQuery, executor: Executor = db): Promise<SeriesPoint[]> {
  const rows = await executor.execute<SeriesPoint>(sql`
    with ${bucketedRows(query)}
    select to_char(b.bucket, 'YYYY-MM-DD') as bucket, coalesce(a.value, 0)::float8 as value
    from buckets b left join agg a on a.bucket = b.bucket
    order by b.bucket`);
  return [...rows];
}

/** Buckets × series (for stacked bars): every series has a value in every bucket, 0 where nothing happened. */
export async function stackedSeries(query: StackedSeriesQuery, executor: Executor = db): Promise<StackedSeries> {
  const maxSeries = query.maxSeries ?? 5;
  const rows = await executor.execute<{ bucket: string; series: string; value: number }>(sql`
    with ${bucketedRows(query, sql`${query.dimension}`)},
    ranked as (
      select series as label, row_number() over (order by sum(value) desc, series) as rank
      from agg group by series
    ),
    labelled as (
      select label, ${foldIntoOther(maxSeries)} as series, rank from ranked
    ),
    series_keys as (
      select series, min(rank) as position from labelled group by series
    ),
    merged as (
      select a.bucket, l.series, sum(a.value) as value
      from agg a join labelled l on l.label = a.series
      group by 1, 2
    )
    select to_char(b.bucket, 'YYYY-MM-DD') as bucket, k.series, coalesce(m.value, 0)::float8 as value
    from buckets b
    cross join series_keys k
    left join merged m on m.bucket = b.bucket and m.series = k.series
    order by b.bucket, k.position`);
  return pivot([...rows]);
}

/** Rows of (bucket, series, value), ordered by bucket then series position → one row per bucket. */
function pivot(rows: { bucket: string; series: string; value: number }[]): StackedSeries {
  const keys: string[] = [];
  const byBucket = new Map<string, Record<string, number>>();
  for (const { bucket, series, value } of rows) {
    if (!keys.includes(series)) keys.push(series);
    const values = byBucket.get(bucket) ?? {};
    values[series] = value;
    byBucket.set(bucket, values);
  }
  return { keys, rows: [...byBucket].map(([bucket, values]) => ({ bucket, values })) };
}

/** Totals per category, largest first (for bar and donut charts). */
export async function categoryTotals(query: CategoryQuery, executor: Executor = db): Promise<CategoryTotal[]> {
  const source = query.from ?? (is(query.dimension, PgColumn) ? query.dimension.table : undefined);
  if (!source) throw new Error("categoryTotals: pass `from` when the dimension is an SQL expression");
  const rows = await executor.execute<CategoryTotal>(sql`
    with agg as (
      select coalesce((${query.dimension})::text, ${NO_VALUE}) as label, ${query.value} as value
      from ${source}
      ${query.where ? sql`where ${query.where}` : sql``}
      group by 1
    ),
    ranked as (
      select label, value, row_number() over (order by value desc, label) as rank from agg
    ),
    labelled as (
      select ${foldIntoOther(query.limit ?? 8)} as label, value, rank from ranked
    )
    select label, sum(value)::float8 as value from labelled group by label order by min(rank)`);
  return [...rows];
}
