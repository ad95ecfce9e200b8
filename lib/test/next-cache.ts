// Outside Next there is no cache to invalidate; record the calls so tests can assert on them.
export const revalidated: string[] = [];
export function revalidatePath(path: string) {
  revalidated.push(path);
}
export function revalidateTag(tag: string) {
  revalidated.push(`tag:${tag}`);
}
