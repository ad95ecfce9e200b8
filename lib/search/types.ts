// What the ⌘K search returns (shared by the route handler and the palette).
export const searchTypes = ["user", "organization", "course", "trackedApp", "company", "contact", "deal"] as const;
export type SearchType = (typeof searchTypes)[number];

export const searchTypeLabels: Record<SearchType, string> = {
  user: "Users",
  organization: "Organizations",
  course: "Courses",
  trackedApp: "Tracked apps",
  company: "Companies",
  contact: "Contacts",
  deal: "Deals",
};

export type SearchHit = { id: string; title: string; subtitle: string | null; href: string };
export type SearchGroup = { type: SearchType; hits: SearchHit[] };
