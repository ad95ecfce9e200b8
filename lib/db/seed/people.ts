// End users of the five products (role "user", no password), and their Better Auth sessions.
import { eq } from "drizzle-orm";
import { session, user } from "../schema";
import { insertRows } from "./batch";
import type { EndUser, SeedContext } from "./context";
import { DEMO_USER_ID_PREFIX } from "./ids";
import { randomPerson, uniqueEmail } from "./names";
import { DAY_MS, daysBefore, Random } from "./random";
import { demoLogins } from "./staff";

const END_USER_COUNT = 420;
const SIGNUP_WINDOW_DAYS = 180;

const userAgents = [
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
  "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36",
];

const banReasons = ["Chargeback fraud", "Spam in course discussions", "Abusive API usage", "Terms of service violation"];

/** The demo end-user login joins the pool as if it signed up months ago, so it has a history. */
function demoEndUser(now: Date): EndUser {
  const login = demoLogins.find((l) => l.role === "user")!;
  return { id: login.id, name: login.name, email: login.email, createdAt: daysBefore(now, 150) };
}

function generateEndUsers(rng: Random, now: Date): EndUser[] {
  const emails = new Set<string>();
  return Array.from({ length: END_USER_COUNT }, (_, i) => {
    const person = randomPerson(rng);
    // sqrt skews sign-ups towards recent days: the products are growing.
    const daysAgo = SIGNUP_WINDOW_DAYS * (1 - Math.sqrt(rng.next()));
    return {
      id: `${DEMO_USER_ID_PREFIX}${String(i + 1).padStart(4, "0")}`,
      name: person.name,
      email: uniqueEmail(rng, person, emails),
      createdAt: new Date(now.getTime() - daysAgo * DAY_MS),
    };
  });
}

function randomIp(rng: Random): string {
  return `${rng.int(23, 212)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

export async function seedEndUsers(tx: SeedContext["tx"], now: Date): Promise<EndUser[]> {
  const rng = new Random(0x0e0d05e5);
  const generated = generateEndUsers(rng, now);
  const bannedIds = new Set<string>();

  await insertRows(
    tx,
    user,
    generated.map((u) => {
      const banned = rng.chance(0.015);
      if (banned) bannedIds.add(u.id);
      return {
        id: u.id,
        name: u.name,
        email: u.email,
        emailVerified: rng.chance(0.85),
        role: "user",
        banned,
        banReason: banned ? rng.pick(banReasons) : null,
        createdAt: u.createdAt,
        updatedAt: u.createdAt,
      };
    }),
  );

  let sessionNumber = 0;
  // Banning revokes sessions, so banned users have none.
  const sessions = generated.flatMap((u) =>
    Array.from({ length: bannedIds.has(u.id) ? 0 : rng.weighted([[0, 70], [1, 22], [2, 8]] as const) }, () => {
      sessionNumber += 1;
      const createdAt = rng.dateBetween(daysBefore(now, 6), now);
      return {
        id: `seed_session_${String(sessionNumber).padStart(5, "0")}`,
        token: rng.hex(32),
        userId: u.id,
        ipAddress: randomIp(rng),
        userAgent: rng.pick(userAgents),
        createdAt,
        updatedAt: createdAt,
        expiresAt: new Date(createdAt.getTime() + 7 * DAY_MS),
      };
    }),
  );
  await insertRows(tx, session, sessions);

  const demo = demoEndUser(now);
  const [demoRow] = await tx.select({ id: user.id }).from(user).where(eq(user.id, demo.id));
  return demoRow ? [demo, ...generated] : generated;
}
