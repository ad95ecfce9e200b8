// The whole shared database: Better Auth, the five products, and the console's audit log.
export * from "./auth";
export * from "./lms";
export * from "./lms-console";
export * from "./saas";
export * from "./analytics";
export * from "./analytics-console";
export * from "./ai";
export * from "./crm";
export * from "./audit";
export * from "./rate-limits";
export * from "./saved-views";
export * from "./two-factor";
