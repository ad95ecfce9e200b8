// Hole 3: the client address comes from a trusted hop only — a client's own X-Forwarded-For
// never decides it (the rate limits and the audit log use this).
import { afterEach, describe, expect, it } from "vitest";
import { clientIp, peerHeader, peerHeaderEnv } from "./client-ip";

afterEach(() => {
  delete process.env[peerHeaderEnv];
  delete process.env.TRUSTED_PROXY_HOPS;
});

const request = (h: Record<string, string>) => new Headers(h);

describe("clientIp behind the console's server (socket address known)", () => {
  it("is the socket address, whatever X-Forwarded-For claims, with no trusted proxy", () => {
    process.env[peerHeaderEnv] = "1";
    expect(clientIp(request({ [peerHeader]: "198.51.100.9", "x-forwarded-for": "1.2.3.4" }))).toBe("198.51.100.9");
    expect(clientIp(request({ [peerHeader]: "::ffff:127.0.0.1" }))).toBe("127.0.0.1");
  });

  it("is the address the trusted proxy saw, not what the client prepended", () => {
    process.env[peerHeaderEnv] = "1";
    process.env.TRUSTED_PROXY_HOPS = "1";
    expect(clientIp(request({ [peerHeader]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 203.0.113.5" }))).toBe("203.0.113.5");
    process.env.TRUSTED_PROXY_HOPS = "2";
    expect(clientIp(request({ [peerHeader]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 203.0.113.5, 10.0.0.1" }))).toBe("203.0.113.5");
  });

  it("ignores the peer header when the console's server did not set it (a client could send it)", () => {
    expect(clientIp(request({ [peerHeader]: "198.51.100.9", "x-forwarded-for": "203.0.113.5" }))).toBe("203.0.113.5");
  });

  it("is null for something that is not an address", () => {
    process.env[peerHeaderEnv] = "1";
    expect(clientIp(request({ [peerHeader]: "evil" }))).toBeNull();
    delete process.env[peerHeaderEnv];
    expect(clientIp(request({ "x-forwarded-for": "<script>" }))).toBeNull();
  });
});

describe("clientIp under a bare `next start` (no socket address: the documented fallback)", () => {
  it("with a trusted proxy, takes the hop that proxy appended", () => {
    process.env.TRUSTED_PROXY_HOPS = "1";
    expect(clientIp(request({ "x-forwarded-for": "6.6.6.6, 203.0.113.5" }))).toBe("203.0.113.5");
  });
});
