// SQL text builders for the set-based generators. Every value is made inside PostgreSQL from a
// generate_series index (deterministic) or random() (variety); Node only sends statements.

/** Which kind of row a deterministic uuid belongs to (its second hex group). */
const kindCodes = {
  course: 1,
  module: 2,
  lesson: 3,
  organization: 4,
  plan: 5,
  trackedApp: 6,
  company: 7,
  contact: 8,
  pipeline: 9,
  deal: 10,
} as const;

export type ScaleKind = keyof typeof kindCodes;

/**
 * A uuid computed from a 1-based index, e.g. 5ca1e001-0000-4000-8000-00000000002a, so that other
 * tables reference row n by formula instead of a join.
 */
export function scaleUuid(kind: ScaleKind, index: string): string {
  const code = kindCodes[kind].toString(16).padStart(4, "0");
  return `('5ca1${code}-0000-4000-8000-' || lpad(to_hex((${index})::bigint), 12, '0'))::uuid`;
}

export const SCALE_USER_PREFIX = "scale_user_";

/** The id of end user n (1-based). */
export function scaleUserId(index: string): string {
  return `('${SCALE_USER_PREFIX}' || lpad((${index})::text, 6, '0'))`;
}

function quote(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function textArray(values: readonly string[]): string {
  return `(array[${values.map(quote).join(",")}]::text[])`;
}

/** The element of `values` at a 0-based index expression (wrapped around). */
export function pickAt(values: readonly string[], index: string): string {
  return `${textArray(values)}[1 + ((${index})::bigint % ${values.length})]`;
}

/** A random element of `values` (repeat an entry to weight it). */
export function pickRandom(values: readonly string[]): string {
  return `${textArray(values)}[1 + floor(random() * ${values.length})::int]`;
}

/** A random integer in [min, max]. */
export function randomInt(min: number, max: number): string {
  return `(${min} + floor(random() * ${max - min + 1})::bigint)`;
}

/** A random 1-based index up to `count`, skewed towards low indexes (a few big accounts). */
export function skewedIndex(count: number, power = 2): string {
  return `(1 + floor(${count} * power(random(), ${power}))::bigint)`;
}

/** A random moment within the last `days` days. */
export function withinLastDays(days: number): string {
  return `(now() - random() * interval '${days} days')`;
}
