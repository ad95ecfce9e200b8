// `npm start`: like dev, but serves the production build (`npm run build` first).
import { prepareDatabase, printLogins, runServer } from "./prepare";

const { env, stop } = await prepareDatabase({ seed: process.env.SEED !== "0" });
printLogins();
runServer(env, stop);
