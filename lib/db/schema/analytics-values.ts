// Analytics value lists and limits as plain data: grids, forms and the ingest endpoint import them
// from here, which keeps drizzle's table definitions out of client bundles.

/** A visitor's session ends after this long without an event. */
export const SESSION_IDLE_MINUTES = 30;

/** The Segment message types the ingest endpoint accepts; only these become events. */
export const storedMessageTypes = ["track", "page", "screen"] as const;
export const ignoredMessageTypes = ["identify", "group", "alias"] as const;
export const messageTypes = [...storedMessageTypes, ...ignoredMessageTypes] as const;
export type MessageType = (typeof messageTypes)[number];

/** The event names page and screen calls are stored under (the page/screen name goes in properties). */
export const pageEventName = "page_view";
export const screenEventName = "screen_view";

/** A funnel has this many ordered steps. */
export const FUNNEL_MIN_STEPS = 2;
export const FUNNEL_MAX_STEPS = 10;
/** Default conversion window of a funnel report. */
export const FUNNEL_DEFAULT_WINDOW_DAYS = 7;

export const sessionStates = ["open", "ended"] as const;
export type SessionState = (typeof sessionStates)[number];
export const sessionStateLabels: Record<SessionState, string> = { open: "Open", ended: "Ended" };
export const sessionStateBadges: Record<SessionState, "default" | "secondary"> = { open: "default", ended: "secondary" };
