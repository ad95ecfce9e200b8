/** What the signed-in role may change on a course page (computed on the server with `can`). */
export type CurriculumPermissions = {
  module: { create: boolean; update: boolean; delete: boolean };
  lesson: { create: boolean; update: boolean; delete: boolean };
};
