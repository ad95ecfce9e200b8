// Finds every entry point by itself, so a new one cannot escape the security tests: every
// export of every lib/**/actions.ts (each must be made by defineAction) and every app/**/route.ts.
import { describeAction, type ActionPermission } from "@/lib/actions/define-action";

// Vite's (vitest's) import.meta.glob; vite itself is not a direct dependency, so typed here.
declare global {
  interface ImportMeta {
    glob<T>(pattern: string, options: { eager: true }): Record<string, T>;
  }
}

export type DiscoveredAction = ActionPermission & { name: string; call: (input: unknown) => Promise<Record<string, unknown>> };

export function discoverActions(): DiscoveredAction[] {
  const modules = import.meta.glob<Record<string, unknown>>("/lib/**/actions.ts", { eager: true });
  return Object.entries(modules).flatMap(([file, exports]) =>
    Object.entries(exports).map(([exported, fn]) => {
      const permission = describeAction(fn);
      if (!permission) throw new Error(`${file} exports ${exported}, which defineAction did not make`);
      return { ...permission, name: `${file.slice(1)}#${exported}`, call: fn as DiscoveredAction["call"] };
    }),
  );
}

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
export type DiscoveredRoute = { file: string; path: string; method: string; handler: Handler; params: Record<string, string | string[]> };

const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** Each route handler with a URL for it: a dynamic segment gets `sample(name)`. */
export function discoverRoutes(sample: (segment: string) => string): DiscoveredRoute[] {
  const modules = import.meta.glob<Record<string, unknown>>("/app/**/route.ts", { eager: true });
  return Object.entries(modules).flatMap(([file, exports]) => {
    const params: Record<string, string | string[]> = {};
    const segments = file.replace(/^\/app/, "").replace(/\/route\.ts$/, "").split("/").filter((s) => s && !/^\(.*\)$/.test(s));
    const path = "/" + segments.map((s) => {
      const match = /^\[(\.\.\.)?(.+)\]$/.exec(s);
      if (!match) return s;
      const value = sample(match[2]);
      params[match[2]] = match[1] ? [value] : value;
      return value;
    }).join("/");
    return methods.filter((m) => typeof exports[m] === "function").map((method) => ({ file: file.slice(1), path, method, handler: exports[method] as Handler, params }));
  });
}
