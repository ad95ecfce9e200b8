// `npm run dev`: database (embedded unless DATABASE_URL) → migrate → seed → next dev.
import { prepareDatabase, printLogins, runNext } from "./prepare";

// The demo signs in one step: two-factor is optional for admins too unless STAFF_2FA says otherwise.
process.env.STAFF_2FA ??= "optional";
const { env, stop } = await prepareDatabase({ seed: true });
printLogins();
runNext(["dev"], env, stop);
