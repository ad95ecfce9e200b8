// A saved view as the grid toolbar's menu shows it.
export type SavedView = { id: string; name: string; query: string; shared: boolean; ownerName: string; mine: boolean; canManage: boolean };
