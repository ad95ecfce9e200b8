// vitest: one throwaway migrated PostgreSQL for the whole run, in a child process of its own.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "lib/scripts/throwaway-database.ts"], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const firstLine = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once("line", resolve);
    child.once("exit", (code) => reject(new Error(`test database exited early (code ${code})`)));
  });
  project.provide("databaseUrl", JSON.parse(firstLine).url);
  return async () => {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.stdin.end();
    await exited;
  };
}
