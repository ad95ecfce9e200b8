// Deterministic ids for demo rows: the same row gets the same id on every run, so a re-run
// inserts nothing new (every insert is ON CONFLICT DO NOTHING).

/** Every demo uuid starts with this, e.g. 5eed0003-0000-4000-8000-00000000002a. */
export const DEMO_UUID_PREFIX = "5eed";
/** Every demo end user's id starts with this. */
export const DEMO_USER_ID_PREFIX = "seed_user_";

const kindCodes = {
  course: 1,
  module: 2,
  lesson: 3,
  enrollment: 4,
  lessonProgress: 5,
  organization: 6,
  membership: 7,
  plan: 8,
  subscription: 9,
  apiUsage: 10,
  trackedApp: 11,
  event: 12,
  visitorSession: 13,
  funnel: 14,
  userProfile: 15,
  tokenUsage: 16,
  promptLog: 17,
  company: 18,
  contact: 19,
  pipeline: 20,
  deal: 21,
  activity: 22,
  webhookDelivery: 40,
} as const;

type DemoKind = keyof typeof kindCodes;

export function demoUuid(kind: DemoKind, n: number): string {
  const code = kindCodes[kind].toString(16).padStart(4, "0");
  return `${DEMO_UUID_PREFIX}${code}-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
}

/** Hands out demo uuids of one kind in order: 1, 2, 3, … */
export class DemoIds {
  private count = 0;

  constructor(private readonly kind: DemoKind) {}

  next(): string {
    this.count += 1;
    return demoUuid(this.kind, this.count);
  }
}
