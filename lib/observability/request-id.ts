import { randomUUID } from "node:crypto";

export const requestIdHeader = "x-request-id";

// A caller's (load balancer's) id is kept when it is a plain token; anything else is replaced.
const acceptable = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdFrom(incoming: string | string[] | undefined): string {
  return typeof incoming === "string" && acceptable.test(incoming) ? incoming : randomUUID();
}
