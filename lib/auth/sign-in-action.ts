"use server";
// The sign-in form's server action: works before (or without) the page's JavaScript, as a plain
// POST — the password never lands in a URL. Throttled per address and per account.
import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "./auth";
import { clientIp } from "./client-ip";
import { clientIpHeader } from "./http-surface";
import { safeNextPath } from "./safe-redirect";
import { signInSchema } from "./schemas";
import { admitSignIn, recordFailedSignIn } from "./sign-in-limits";

export type SignInState = {
  email?: string;
  fieldErrors?: { email?: string[]; password?: string[] };
  /** Banned and throttled attempts are told so; every other failure gets the same words (no account probing). */
  formError?: string;
};

export async function signInWithPassword(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "");
  const parsed = signInSchema.safeParse({ email, password: form.get("password") ?? "" });
  if (!parsed.success) return { email, fieldErrors: z.flattenError(parsed.error).fieldErrors };

  const requestHeaders = new Headers(await headers());
  const ip = clientIp(requestHeaders);
  const refusal = await admitSignIn(ip, parsed.data.email);
  if (refusal) return { email, formError: refusal.message };

  requestHeaders.delete(clientIpHeader);
  if (ip) requestHeaders.set(clientIpHeader, ip);
  try {
    await auth.api.signInEmail({ body: parsed.data, headers: requestHeaders });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    if ((error.body as { code?: string } | undefined)?.code === "BANNED_USER") return { email, formError: error.message };
    await recordFailedSignIn(parsed.data.email);
    return { email, formError: "Wrong email or password." };
  }
  redirect(safeNextPath(String(form.get("next") ?? "")));
}
