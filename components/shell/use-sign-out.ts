"use client";

import { useRouter } from "next/navigation";
import { authClient } from "@/lib/auth/client";

/** Ends the session and lands on the sign-in page. */
export function useSignOut() {
  const router = useRouter();
  return async () => {
    await authClient.signOut();
    router.replace("/sign-in");
    router.refresh();
  };
}
