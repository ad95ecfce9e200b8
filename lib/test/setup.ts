import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
if (inject("throughPgBouncer")) process.env.DB_POOL_MAX = "1";
process.env.BETTER_AUTH_SECRET ??= "test-secret-test-secret-test-secret-1234";
process.env.BETTER_AUTH_URL ??= "http://localhost:3000";
// Most tests act as the seeded admin in one step; the two-factor tests switch enforcement on themselves.
process.env.STAFF_2FA ??= "optional";
process.env.LOG ??= "off";
