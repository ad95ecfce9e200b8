/** The request header proxy.ts sets to the requested path (layouts are not told it otherwise). */
export const pathHeader = "x-switchboard-path";
