// Money of the AI wrapper: integer micro-cents (10⁻⁶ cent = 10⁻⁸ US$), as SQL sums them — a
// bigint, or the numeric text PostgreSQL returns for sum(bigint). Formatted from the exact decimal
// string (Intl formats strings without going through a float), never a float sum.
const MICROCENTS_PER_DOLLAR = 100_000_000n;
/** Below this, a non-zero amount shows as "< $0.0001" rather than a misleading "$0.00". */
const SMALLEST_SHOWN = 10_000n;
/** From $100 on, cents are enough; below it, sub-cent token costs keep up to four decimals. */
const CENTS_ONLY_FROM = 100n * MICROCENTS_PER_DOLLAR;

const dollars = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
const fineDollars = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 4 });

export type Microcents = number | bigint | string;

function toBigInt(value: Microcents): bigint {
  if (typeof value === "bigint") return value;
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) throw new RangeError(`Micro-cents must be a safe integer, got ${value}`);
    return BigInt(value);
  }
  if (!/^-?\d+$/.test(value)) throw new RangeError(`Micro-cents must be an integer, got "${value}"`);
  return BigInt(value);
}

/** "$1,234.57", "$0.0123", "< $0.0001", "$0.00": exact at any size (a bigint sum over millions of rows included). */
export function formatMicrocents(value: Microcents): string {
  const amount = toBigInt(value);
  const negative = amount < 0n;
  const magnitude = negative ? -amount : amount;
  if (magnitude > 0n && magnitude < SMALLEST_SHOWN) return negative ? "> -$0.0001" : "< $0.0001";
  const whole = magnitude / MICROCENTS_PER_DOLLAR;
  const fraction = (magnitude % MICROCENTS_PER_DOLLAR).toString().padStart(8, "0");
  const decimal = `${negative ? "-" : ""}${whole}.${fraction}`;
  // Intl.NumberFormat reads a decimal string exactly (no float), rounding half-expand.
  const format = magnitude >= CENTS_ONLY_FROM ? dollars : fineDollars;
  return format.format(decimal as unknown as number);
}
