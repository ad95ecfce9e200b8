// `npm start`: like dev, but serves the production build (`npm run build` first).
import { prepareDatabase, printLogins, runNext } from "./prepare";

const { env, stop } = await prepareDatabase({ seed: process.env.SEED !== "0" });
printLogins();
runNext(["start"], env, stop);
