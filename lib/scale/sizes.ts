// How big the scale database is. The figures; the derived ones keep ratios plausible.
export const scaleSizes = {
  users: 100_000,
  trackedApps: 2_000,
  visitorSessions: 300_000,
  events: 2_000_000,
  /** Events, sessions, usage and logs are spread over this many days before now. */
  historyDays: 180,
  organizations: 10_000,
  apiUsage: 1_000_000,
  /** Webhook deliveries per Polar subscription (4,000 of them): 32k rows, so the grid has a deep page. */
  deliveriesPerPolarSubscription: 8,
  userProfiles: 50_000,
  tokenUsage: 1_000_000,
  promptLogs: 200_000,
  courses: 200,
  modulesPerCourse: 5,
  lessonsPerModule: 6,
  /** Every user enrolls in this many courses: users × this = 200k enrollments. */
  enrollmentsPerUser: 2,
  /** Progress rows per enrollment (its course's first lessons): 200k × 10 = 2M. */
  progressPerEnrollment: 10,
  companies: 20_000,
  contacts: 60_000,
  pipelines: 5,
  deals: 100_000,
  activities: 200_000,
  /** Not in the list, but the audit grid needs history to page through. */
  auditLog: 200_000,
  /** CRM owners and course instructors come from the first users. */
  salesReps: 200,
  instructors: 500,
} as const;
