import { Breadcrumbs } from "@/components/shell/breadcrumbs";
import { getStaff } from "@/lib/auth/session";
import { crumbsFor } from "@/lib/breadcrumbs";

// Every console path's breadcrumbs, a record page's last crumb being the record's name. The
// segment is named like the children's catch-all ([...missing]), which Next requires.
export default async function Crumbs({ params }: { params: Promise<{ missing: string[] }> }) {
  const [staff, { missing }] = await Promise.all([getStaff(), params]);
  return staff ? <Breadcrumbs crumbs={await crumbsFor(staff, missing)} /> : null;
}
