import { defineConfig } from "drizzle-kit";

// `drizzle-kit generate` only diffs the schema files against drizzle/ — no database needed.
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/db/schema/index.ts",
  out: "./drizzle",
});
