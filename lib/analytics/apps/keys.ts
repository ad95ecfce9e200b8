// Ingest keys: 192 random bits from the OS CSPRNG. Stored as the products use them (tracked_apps
// .api_key, plain text, unique: their ingest looks the key up), shown once, masked afterwards.
import { randomBytes } from "node:crypto";

const PREFIX = "sk_live_";

export function generateIngestKey(): string {
  return PREFIX + randomBytes(24).toString("base64url");
}

/** What the console shows of a key after creation: its last 4 characters. */
export function maskKey(lastFour: string): string {
  return `••••${lastFour}`;
}
