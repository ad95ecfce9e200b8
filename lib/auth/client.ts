// Better Auth's browser client (sign in / sign out only; everything else goes through server actions).
import { createAuthClient } from "better-auth/react";

export const authClient = createAuthClient();
