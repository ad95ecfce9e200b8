// The matrix as the README's staff-logins table describes the roles: checked cell by cell where it matters.
import { describe, expect, it } from "vitest";
import { can, statements, type Action, type Resource } from "./permissions";

const everyPermission = (Object.keys(statements) as Resource[]).flatMap((resource) =>
  (statements[resource] as readonly Action[]).map((action) => [resource, action] as const),
);

describe("permission matrix", () => {
  it("lets admin do everything and an end user or unknown role nothing", () => {
    for (const [resource, action] of everyPermission) {
      expect(can("admin", resource, action as never)).toBe(true);
      expect(can("user", resource, action as never)).toBe(false);
      expect(can("superuser", resource, action as never)).toBe(false);
      expect(can(null, resource, action as never)).toBe(false);
    }
  });

  it("gives support and finance read on every product resource but not the audit log", () => {
    for (const resource of Object.keys(statements) as Resource[]) {
      if (resource === "audit" || resource === "session" || resource === "webhookDelivery") continue;
      expect(can("support", resource, "read" as never)).toBe(true);
      expect(can("finance", resource, "read" as never)).toBe(true);
    }
    expect(can("support", "audit", "read")).toBe(false);
    expect(can("finance", "audit", "read")).toBe(false);
  });

  it("shows Polar webhook deliveries to admin and finance only, and lets only admin re-apply one", () => {
    expect(can("finance", "webhookDelivery", "read")).toBe(true);
    expect(can("finance", "webhookDelivery", "export")).toBe(true);
    expect(can("finance", "webhookDelivery", "reapply")).toBe(false);
    expect(can("support", "webhookDelivery", "read")).toBe(false);
    expect(can("admin", "webhookDelivery", "reapply")).toBe(true);
  });

  it("lets support fix accounts and learning, and nothing else", () => {
    expect(can("support", "user", "ban")).toBe(true);
    expect(can("support", "session", "revoke")).toBe(true);
    expect(can("support", "enrollment", "create")).toBe(true);
    expect(can("support", "enrollment", "delete")).toBe(true);
    expect(can("support", "progress", "reset")).toBe(true);
    for (const [resource, action] of [
      ["user", "create"],
      ["user", "set-role"],
      ["user", "impersonate"],
      ["course", "update"],
      ["deal", "update"],
      ["trackedApp", "rotate-key"],
      ["trackedApp", "read-key"],
      ["enrollment", "export"],
      ["organization", "update"],
      ["membership", "create"],
      ["subscription", "update"],
      ["organization", "export"],
    ] as const) {
      expect(can("support", resource, action as never)).toBe(false);
    }
  });

  it("lets finance export money and usage, and change nothing", () => {
    for (const resource of ["organization", "plan", "subscription", "apiUsage", "webhookDelivery", "tokenUsage", "deal"] as const) {
      expect(can("finance", resource, "export")).toBe(true);
    }
    for (const [resource, action] of everyPermission) {
      // Seeing an app's masked ingest key is reading, not changing.
      if (action === "read" || action === "export" || (resource === "trackedApp" && action === "read-key")) continue;
      expect(can("finance", resource, action as never)).toBe(false);
    }
    expect(can("finance", "user", "export")).toBe(false);
    expect(can("finance", "trackedApp", "read-key")).toBe(true);
  });

  it("lets admin and support read what people wrote to the model, and finance only its tokens, cost and status", () => {
    expect(can("admin", "promptLog", "read-text")).toBe(true);
    expect(can("support", "promptLog", "read-text")).toBe(true);
    expect(can("finance", "promptLog", "read-text")).toBe(false);
    expect(can("finance", "promptLog", "read")).toBe(true);
    expect(can("finance", "promptLog", "export")).toBe(true);
    expect(can("support", "promptLog", "export")).toBe(false);
    for (const resource of ["aiProfile", "tokenUsage"] as const) expect(can("finance", resource, "export")).toBe(true);
    for (const action of ["create", "update", "delete"] as const) {
      expect(can("admin", "aiProfile", action)).toBe(true);
      expect(can("support", "aiProfile", action)).toBe(false);
      expect(can("finance", "aiProfile", action)).toBe(false);
    }
  });
});
