/** One row a RelationPicker offers: the id it stores, the label it shows, an optional second line. */
export type RelationOption = { value: string; label: string; description?: string };
