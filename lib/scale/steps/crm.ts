// Sales CRM: companies, their contacts, five pipelines, deals, and an activity stream on deals.
import { pickAt, pickRandom, randomInt, scaleUserId, scaleUuid, withinLastDays } from "../sql";
import { scaleSizes } from "../sizes";
import type { ScaleStep } from "../step";

const companyPrefixes = ["Northwind", "Bluefin", "Ironclad", "Brightpath", "Cobalt", "Evergreen", "Granite", "Juniper", "Meridian", "Nimbus"];
const companySuffixes = ["Logistics", "Health", "Analytics", "Foods", "Energy", "Capital", "Robotics", "Media"];
const pipelineNames = ["New business", "Expansion", "Renewals", "Partners", "Enterprise"];
const dealWords = ["Annual plan", "Seat expansion", "Pilot", "Platform migration", "Support add-on", "Multi-year renewal"];
const activityBodies = ["Intro call, interested in SSO", "Sent pricing", "Follow-up on security review", "Left a voicemail", "Demo booked"];

const { companies, contacts, pipelines, deals, activities, salesReps, historyDays } = scaleSizes;

export const crmSteps: ScaleStep[] = [
  {
    table: "companies",
    sql: `
      insert into companies (id, name, domain, created_at)
      select ${scaleUuid("company", "g")}, ${pickAt(companyPrefixes, "g")} || ' ' || ${pickAt(companySuffixes, "g / 10")} || ' ' || g,
             case when g % 20 <> 0 then 'company-' || g || '.example.com' end, ${withinLastDays(720)}
      from generate_series(1, ${companies}) g`,
  },
  {
    table: "contacts",
    // Every tenth contact has no company.
    sql: `
      insert into contacts (id, company_id, email, name, owner_id, created_at)
      select ${scaleUuid("contact", "g")}, case when g % 10 <> 0 then ${scaleUuid("company", `1 + (g * 7) % ${companies}`)} end,
             'contact' || g || '@company-' || (1 + (g * 7) % ${companies}) || '.example.com', 'Contact ' || g,
             ${scaleUserId(`1 + g % ${salesReps}`)}, ${withinLastDays(540)}
      from generate_series(1, ${contacts}) g`,
  },
  {
    table: "pipelines",
    sql: `
      insert into pipelines (id, name, created_at)
      select ${scaleUuid("pipeline", "g")}, ${pickAt(pipelineNames, "g - 1")}, now() - interval '2 years'
      from generate_series(1, ${pipelines}) g`,
  },
  {
    table: "deals",
    sql: `
      insert into deals (id, contact_id, pipeline_id, owner_id, title, amount_cents, stage, close_date, created_at)
      select ${scaleUuid("deal", "g")}, ${scaleUuid("contact", `1 + (g * 13) % ${contacts}`)}, ${scaleUuid("pipeline", `1 + g % ${pipelines}`)},
             ${scaleUserId(`1 + (g * 17) % ${salesReps}`)}, ${pickAt(dealWords, "g")} || ' #' || g, ${randomInt(50_000, 50_000_000)},
             ${pickRandom(["lead", "lead", "lead", "qualified", "qualified", "won", "lost"])},
             now() + (random() * 240 - 120) * interval '1 day', ${withinLastDays(540)}
      from generate_series(1, ${deals}) g`,
  },
  {
    table: "activities",
    sql: `
      insert into activities (deal_id, actor_id, type, body, occurred_at)
      select ${scaleUuid("deal", randomInt(1, deals))}, ${scaleUserId(randomInt(1, salesReps))},
             ${pickRandom(["call", "email", "email", "note"])}, ${pickRandom(activityBodies)}, occurred_at
      from (select ${withinLastDays(historyDays)} as occurred_at from generate_series(1, ${activities})) a
      order by occurred_at`,
  },
];
