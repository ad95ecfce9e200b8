// `npm run db:migrate | db:seed | db:reset` against DATABASE_URL or the embedded database.
import { prepareDatabase } from "./prepare";

const command = process.argv[2];
if (!["migrate", "seed", "reset"].includes(command)) {
  console.error("usage: tsx scripts/db.ts migrate|seed|reset");
  process.exit(2);
}
const { stop } = await prepareDatabase({ seed: command !== "migrate", reset: command === "reset" });
await stop();
