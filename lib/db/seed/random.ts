// A small seeded PRNG (mulberry32) so the demo data is the same on every machine and every run.
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Relative traffic per UTC hour of the day. */
const hourWeights = Array.from({ length: 24 }, (_, hour) => [hour, hour < 7 ? 1 : hour < 10 ? 4 : hour < 18 ? 6 : hour < 23 ? 3 : 1.5] as const);

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Heavy-tailed integer in [min, max]: most values small, a few large (min must be ≥ 1). */
  logInt(min: number, max: number): number {
    return Math.round(Math.exp(Math.log(min) + this.next() * (Math.log(max) - Math.log(min))));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks a value with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1][0];
  }

  /** `count` distinct items in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  }

  hex(length: number): string {
    let out = "";
    while (out.length < length) out += Math.floor(this.next() * 0x10000).toString(16).padStart(4, "0");
    return out.slice(0, length);
  }

  /** A random-looking (version 4 shaped) uuid, e.g. for billing-provider ids. */
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
  }

  dateBetween(from: Date, to: Date): Date {
    return new Date(from.getTime() + this.next() * Math.max(0, to.getTime() - from.getTime()));
  }

  /**
   * A moment in the last `days` days before `now`, shaped like traffic: recent days busier
   * (growth), office hours busier than nights, weekends quieter. Always takes the same number of
   * draws whatever `now` is, so the rest of the seed does not depend on the time of day it runs.
   */
  recentMoment(now: Date, days: number): Date {
    const daysAgo = Math.floor(days * (1 - Math.sqrt(this.next())));
    const hour = this.weighted(hourWeights);
    const withinHour = this.next() * HOUR_MS;
    const skipWeekend = this.chance(0.45);
    const replacementWeekday = this.int(0, 4);
    const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    const day = today - daysAgo * DAY_MS;
    const daysSinceMonday = (new Date(day).getUTCDay() + 6) % 7;
    // A skipped weekend day becomes a weekday of the same week, if that is still in the window.
    const weekday = day - (daysSinceMonday - replacementWeekday) * DAY_MS;
    const shifted = skipWeekend && daysSinceMonday >= 5 && weekday >= today - (days - 1) * DAY_MS;
    let moment = (shifted ? weekday : day) + hour * HOUR_MS + withinHour;
    // Hours of today still to come fall back to yesterday.
    while (moment > now.getTime()) moment -= DAY_MS;
    return new Date(moment);
  }

}

export function daysBefore(date: Date, days: number): Date {
  return new Date(date.getTime() - days * DAY_MS);
}

export function later(date: Date, ms: number): Date {
  return new Date(date.getTime() + ms);
}

export function latest(...dates: Date[]): Date {
  return new Date(Math.max(...dates.map((d) => d.getTime())));
}
