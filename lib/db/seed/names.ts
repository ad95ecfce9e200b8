// Word lists for believable people, companies and products in the demo data.
import type { Random } from "./random";

const firstNames = [
  "Olivia", "Liam", "Emma", "Noah", "Amelia", "Oliver", "Sophia", "Elijah", "Isabella", "Lucas",
  "Mia", "Mateo", "Charlotte", "Ethan", "Harper", "Aiden", "Evelyn", "Leo", "Abigail", "Kai",
  "Emily", "Hiro", "Chloe", "Arjun", "Priya", "Wei", "Mei", "Diego", "Lucia", "Omar",
  "Fatima", "Yusuf", "Aisha", "Kwame", "Amara", "Sven", "Ingrid", "Lars", "Freya", "Mateus",
  "Camila", "Rafael", "Valentina", "Nikolai", "Anya", "Dmitri", "Elena", "Jonas", "Lea", "Felix",
  "Hannah", "Tomás", "Julia", "Marco", "Giulia", "Pierre", "Camille", "Louis", "Chiara", "Ravi",
  "Ananya", "Jin", "Seo-yeon", "Minh", "Linh", "Kofi", "Zara", "Noor", "Samuel", "Grace",
  "Daniel", "Zoe", "Gabriel", "Nora", "Julian", "Maya", "Adrian", "Iris", "Sebastian", "Alice",
];

const lastNames = [
  "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
  "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
  "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Young", "Allen", "King",
  "Nguyen", "Patel", "Kim", "Chen", "Wang", "Singh", "Kumar", "Tanaka", "Sato", "Suzuki",
  "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Rossi", "Russo", "Bianchi", "Dubois", "Laurent",
  "Silva", "Santos", "Oliveira", "Pereira", "Costa", "Novak", "Kowalski", "Nowak", "Ivanova", "Petrov",
  "Okafor", "Mensah", "Adeyemi", "Haddad", "Khan", "Ali", "Hansen", "Johansson", "Nielsen", "Berg",
  "O'Brien", "Murphy", "Kelly", "Byrne", "Walsh", "Fernández", "Romero", "Torres", "Flores", "Rivera",
];

const freeMailDomains = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "hey.com", "fastmail.com"];

const companyPrefixes = [
  "Northwind", "Bluefin", "Ironclad", "Brightpath", "Cobalt", "Evergreen", "Foxglove", "Granite",
  "Harbor", "Juniper", "Keystone", "Lumen", "Meridian", "Nimbus", "Orchard", "Pinecrest",
  "Quartz", "Redwood", "Silverline", "Tidewater", "Umbra", "Vantage", "Willow", "Zephyr",
  "Atlas", "Beacon", "Cascade", "Driftwood", "Ember", "Fjord", "Golden Gate", "Helix",
];

const companySuffixes = [
  "Labs", "Analytics", "Logistics", "Health", "Robotics", "Systems", "Software", "Studios",
  "Capital", "Foods", "Energy", "Media", "Bank", "Security", "Networks", "Supply Co",
];

export type Person = { name: string; first: string; last: string };

export function randomPerson(rng: Random): Person {
  const first = rng.pick(firstNames);
  const last = rng.pick(lastNames);
  return { name: `${first} ${last}`, first, last };
}

/** Lower-case ASCII words joined by "-", for slugs, emails and domains ("Müller" → "muller"). */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** An email for `person` at `domain` (a free-mail provider when omitted), unique within `taken`. */
export function uniqueEmail(rng: Random, person: Person, taken: Set<string>, domain?: string): string {
  const local = `${slugify(person.first).replace(/-/g, "")}.${slugify(person.last).replace(/-/g, "")}`;
  const host = domain ?? rng.pick(freeMailDomains);
  let email = `${local}@${host}`;
  while (taken.has(email)) email = `${local}${rng.int(2, 999)}@${host}`;
  taken.add(email);
  return email;
}

/** A company name not yet in `taken`, e.g. "Bluefin Robotics". */
export function uniqueCompanyName(rng: Random, taken: Set<string>): string {
  for (;;) {
    const name = `${rng.pick(companyPrefixes)} ${rng.pick(companySuffixes)}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}
