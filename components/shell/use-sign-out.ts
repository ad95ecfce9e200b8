"use client";

import { useRouter } from "next/navigation";

/**
 * Ends the session and lands on the sign-in page. A plain POST to Better Auth's sign-out endpoint
 * (same origin, so the browser sends Origin and the session cookie): the console shell does not
 * ship Better Auth's whole browser client for one call.
 */
export function useSignOut() {
  const router = useRouter();
  return async () => {
    await fetch("/api/auth/sign-out", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
      credentials: "same-origin",
    });
    router.replace("/sign-in");
    router.refresh();
  };
}
