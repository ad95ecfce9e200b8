// `npm run dev`: database (embedded unless DATABASE_URL) → migrate → seed → next dev.
import { prepareDatabase, printLogins, runNext } from "./prepare";

const { env, stop } = await prepareDatabase({ seed: true });
printLogins();
runNext(["dev"], env, stop);
