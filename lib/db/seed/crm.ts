// Sales CRM: companies and their contacts, a few pipelines, deals whose stage follows their age,
// and an activity timeline per deal. Sales reps are end users of the CRM product.
import { activities, companies, contacts, deals, pipelines, type ActivityType, type DealStage } from "../schema";
import { insertRows } from "./batch";
import type { EndUser, SeedContext } from "./context";
import { DemoIds } from "./ids";
import { randomPerson, slugify, uniqueCompanyName, uniqueEmail } from "./names";
import { DAY_MS, daysBefore, later, Random } from "./random";

const COMPANY_COUNT = 60;
const CONTACT_COUNT = 600;
const DEAL_COUNT = 2_400;
const REP_COUNT = 8;
const RENEWAL_COUNT = 8;
const WINDOW_DAYS = 90;

const pipelineCatalog = [
  { name: "Inbound", weight: 45, dollars: [500, 25_000] },
  { name: "Outbound", weight: 25, dollars: [2_000, 60_000] },
  { name: "Enterprise", weight: 15, dollars: [25_000, 400_000] },
  { name: "Partnerships", weight: 15, dollars: [5_000, 100_000] },
] as const;

const offerings = [
  "Annual Pro plan", "Seat expansion", "Enterprise SSO add-on", "Renewal", "Pilot", "Analytics add-on",
  "Multi-year agreement", "Onboarding package", "Premium support", "Platform migration",
];

const activityBodies: Record<ActivityType, readonly string[]> = {
  call: [
    "Discovery call: walked through their current reporting workflow.",
    "Follow-up call on pricing; they need sign-off from finance.",
    "Demo of the dashboard builder for the operations team.",
    "Left a voicemail, will try again on Thursday.",
    "Negotiation call: they asked for a 15% multi-year discount.",
  ],
  email: [
    "Sent the proposal and pricing sheet.",
    "Shared answers to their security questionnaire.",
    "Sent a recap of yesterday's demo with next steps.",
    "Followed up on the contract redlines.",
    "Intro email to their technical champion.",
  ],
  note: [
    "Champion is the VP of Operations; budget approved for next quarter.",
    "Competing with a cheaper tool they are also evaluating.",
    "Procurement requires a signed DPA before signature.",
    "Decision delayed until after their reorg.",
    "Strong fit: 40 seats at launch, more later.",
  ],
};

type Company = { id: string; name: string; domain: string | null; createdAt: Date };
type Contact = { id: string; ownerId: string; companyName: string | null; name: string; createdAt: Date };

function buildCompanies(rng: Random, now: Date): Company[] {
  const ids = new DemoIds("company");
  const names = new Set<string>();
  return Array.from({ length: COMPANY_COUNT }, () => {
    const name = uniqueCompanyName(rng, names);
    const domain = rng.chance(0.9) ? `${slugify(name).replace(/-/g, "")}${rng.pick([".com", ".com", ".io", ".co"])}` : null;
    return { id: ids.next(), name, domain, createdAt: rng.dateBetween(daysBefore(now, 180), daysBefore(now, 7)) };
  });
}

function buildContacts(rng: Random, now: Date, companyList: Company[], reps: EndUser[]) {
  const ids = new DemoIds("contact");
  const emails = new Set<string>();
  const list: Contact[] = [];
  const rows = Array.from({ length: CONTACT_COUNT }, () => {
    const company = rng.chance(0.85) ? rng.pick(companyList) : null;
    const person = randomPerson(rng);
    const createdAt = rng.dateBetween(company?.createdAt ?? daysBefore(now, 180), now);
    const contact: Contact = { id: ids.next(), ownerId: rng.pick(reps).id, companyName: company?.name ?? null, name: person.name, createdAt };
    list.push(contact);
    return {
      id: contact.id,
      companyId: company?.id ?? null,
      email: uniqueEmail(rng, person, emails, company?.domain ?? undefined),
      name: rng.chance(0.97) ? person.name : null,
      ownerId: contact.ownerId,
      createdAt,
    };
  });
  return { rows, list };
}

/** Older deals are more likely to be closed; open ones drift from lead to qualified. */
function stageFor(rng: Random, ageDays: number): DealStage {
  const [closing, winning, qualifying] = [rng.next(), rng.next(), rng.next()];
  if (closing < Math.min(0.85, ageDays / 60)) return winning < 0.4 ? "won" : "lost";
  return qualifying < Math.min(0.8, 0.3 + ageDays / 120) ? "qualified" : "lead";
}

export async function seedCrm({ tx, now, users }: SeedContext) {
  const rng = new Random(0xc0de);
  const reps = [users[0], ...rng.sample(users.slice(1), REP_COUNT - 1)];
  const companyList = buildCompanies(rng, now);
  const contactData = buildContacts(rng, now, companyList, reps);

  const pipelineIds = new DemoIds("pipeline");
  const pipelineRows: { id: string; name: string; createdAt: Date }[] = pipelineCatalog.map((p) => ({ id: pipelineIds.next(), name: p.name, createdAt: daysBefore(now, 200) }));
  const weightedPipelines = pipelineCatalog.map((p, i) => [{ ...p, id: pipelineRows[i].id }, p.weight] as const);

  const dealIds = new DemoIds("deal");
  const activityIds = new DemoIds("activity");
  const dealRows: (typeof deals.$inferInsert)[] = [];
  const activityRows: (typeof activities.$inferInsert)[] = [];

  for (let d = 0; d < DEAL_COUNT; d++) {
    const contact = rng.pick(contactData.list);
    const pipeline = rng.weighted(weightedPipelines);
    const moment = rng.recentMoment(now, WINDOW_DAYS);
    const fallback = rng.dateBetween(contact.createdAt, now);
    const createdAt = moment > contact.createdAt ? moment : fallback;
    const stage = stageFor(rng, (now.getTime() - createdAt.getTime()) / DAY_MS);
    const closed = stage === "won" || stage === "lost";
    const closedAt = rng.dateBetween(createdAt, now);
    const expectedClose = later(createdAt, rng.int(30, 120) * DAY_MS);
    // Open deals whose expected date passed have slipped to a later date.
    const slippedClose = later(now, rng.int(3, 45) * DAY_MS);
    const closeDate = closed ? closedAt : expectedClose > now ? expectedClose : slippedClose;
    const [minDollars, maxDollars] = pipeline.dollars;
    const id = dealIds.next();
    dealRows.push({
      id,
      contactId: contact.id,
      pipelineId: pipeline.id,
      ownerId: contact.ownerId,
      title: `${contact.companyName ?? contact.name} — ${rng.pick(offerings)}`,
      amountCents: Math.round(rng.logInt(minDollars, maxDollars) / 50) * 50 * 100,
      stage,
      closeDate,
      createdAt,
    });

    const timelineEnd = closed ? closeDate : now;
    const moments = Array.from({ length: rng.logInt(1, 6) }, () => rng.dateBetween(createdAt, timelineEnd)).sort(
      (a, b) => a.getTime() - b.getTime(),
    );
    for (const occurredAt of moments) {
      const type = rng.weighted<ActivityType>([["email", 45], ["call", 30], ["note", 25]]);
      activityRows.push({
        id: activityIds.next(),
        dealId: id,
        actorId: rng.chance(0.85) ? contact.ownerId : rng.pick(reps).id,
        type,
        body: rng.pick(activityBodies[type]),
        occurredAt,
      });
    }
  }

  // A small pipeline whose whole board fits on one screen, every deal open (the e2e spec drags its cards).
  const renewals = { id: pipelineIds.next(), name: "Renewals", createdAt: daysBefore(now, 200) };
  pipelineRows.push(renewals);
  contactData.list.slice(0, RENEWAL_COUNT).forEach((contact, i) => {
    dealRows.push({
      id: dealIds.next(),
      contactId: contact.id,
      pipelineId: renewals.id,
      ownerId: contact.ownerId,
      title: `${contact.companyName ?? contact.name} — Renewal #${i + 1}`,
      amountCents: (i + 2) * 1_500_00,
      stage: i < 5 ? "lead" : "qualified",
      closeDate: later(now, (10 + i * 7) * DAY_MS),
      createdAt: daysBefore(now, 20 - i),
    });
  });

  await insertRows(tx, companies, companyList.map(({ id, name, domain, createdAt }) => ({ id, name, domain, createdAt })));
  await insertRows(tx, contacts, contactData.rows);
  await insertRows(tx, pipelines, pipelineRows);
  await insertRows(tx, deals, dealRows);
  await insertRows(tx, activities, activityRows);
}
