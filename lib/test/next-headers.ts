// A request scope for code under test: tests set the incoming headers (e.g. a real session cookie).
let current = new Headers();

export function setRequestHeaders(headers: HeadersInit) {
  current = new Headers(headers);
}

export async function headers(): Promise<Headers> {
  return current;
}

export async function cookies() {
  const jar = new Map(
    (current.get("cookie") ?? "")
      .split(/;\s*/)
      .filter(Boolean)
      .map((pair) => {
        const i = pair.indexOf("=");
        return [pair.slice(0, i), pair.slice(i + 1)] as const;
      }),
  );
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    toString: () => current.get("cookie") ?? "",
    set: () => {},
    delete: () => {},
  };
}
