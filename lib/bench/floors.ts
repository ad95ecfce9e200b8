// The two floors every grid page is measured against, in the same round and interleaved with its
// cells: the sign-in page (no session, no shell) and the empty console page (session check + shell,
// no query). A grid page's cost is read as its ratio to the empty console page.
export type FloorPage = { name: string; path: string; signedIn: boolean };

export const signInFloor: FloorPage = { name: "sign-in", path: "/sign-in", signedIn: false };

export const emptyConsoleFloor: FloorPage = { name: "empty console", path: "/blank", signedIn: true };

export const floorPages: FloorPage[] = [signInFloor, emptyConsoleFloor];
