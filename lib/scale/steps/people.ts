// End users: Better Auth's "user" table (role "user"), signed up over 18 months, more recently.
import { pickAt, scaleUserId } from "../sql";
import { scaleSizes } from "../sizes";
import type { ScaleStep } from "../step";

const firstNames = [
  "Olivia", "Liam", "Emma", "Noah", "Amelia", "Oliver", "Sophia", "Elijah", "Mia", "Mateo", "Hiro", "Priya",
  "Wei", "Diego", "Lucia", "Omar", "Fatima", "Kwame", "Amara", "Sven", "Ingrid", "Camila", "Nikolai", "Elena",
  "Jonas", "Lea", "Tomás", "Giulia", "Pierre", "Ravi", "Jin", "Minh", "Kofi", "Zara", "Noor", "Grace", "Julian",
];
const lastNames = [
  "Smith", "Johnson", "Garcia", "Miller", "Davis", "Martinez", "Lopez", "Wilson", "Taylor", "Lee", "Nguyen",
  "Patel", "Kim", "Chen", "Singh", "Tanaka", "Müller", "Schmidt", "Rossi", "Dubois", "Silva", "Costa", "Novak",
  "Kowalski", "Petrov", "Okafor", "Mensah", "Haddad", "Khan", "Hansen", "Berg", "Murphy", "Romero", "Rivera",
];
const domains = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "fastmail.com", "example.org"];
const banReasons = ["Chargeback fraud", "Spam in course discussions", "Abusive API usage", "Terms of service violation"];
const SIGNUP_WINDOW_DAYS = 540;

const { users } = scaleSizes;

export const peopleSteps: ScaleStep[] = [
  {
    table: "user",
    // Ids ascend with sign-up time; sqrt puts more sign-ups in recent months (growth).
    sql: `
      insert into "user" (id, name, email, email_verified, role, banned, ban_reason, created_at, updated_at)
      select ${scaleUserId("g")}, first_name || ' ' || last_name,
             lower(first_name) || '.' || lower(last_name) || '.' || g || '@' || ${pickAt(domains, "g / 11")},
             random() < 0.85, 'user', banned, case when banned then ${pickAt(banReasons, "g")} end,
             signed_up, signed_up + random() * (now() - signed_up)
      from (
        select g, ${pickAt(firstNames, "g * 7")} as first_name, ${pickAt(lastNames, "g / 3")} as last_name,
               random() < 0.015 as banned,
               now() - interval '${SIGNUP_WINDOW_DAYS} days' * (1 - sqrt(g::float8 / ${users})) - random() * interval '1 hour' as signed_up
        from generate_series(1, ${users}) g
      ) s`,
  },
];
