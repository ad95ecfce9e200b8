// One JSON object per line on stdout: what a log collector ingests. Callers pass only ids, names
// of actions and outcomes — never emails, tokens, query strings or input values.
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export function logLine(kind: "request" | "action", fields: LogFields) {
  if (process.env.LOG === "off") return; // the unit and integration tests
  process.stdout.write(JSON.stringify({ time: new Date().toISOString(), kind, ...fields }) + "\n");
}
