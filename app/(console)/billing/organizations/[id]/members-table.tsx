"use client";
import { useRouter } from "next/navigation";
import { useMemo, useTransition } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { gridColumnHelper } from "@/components/data-table/features";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import { changeMemberRole, removeMember } from "@/lib/billing/members/actions";
import { organizationMembersGrid } from "@/lib/billing/members/grid";
import type { MemberRow } from "@/lib/billing/members/queries";
import type { GridPage } from "@/lib/data-table/result";
import { memberRoleLabels, memberRoles, type MemberRole } from "@/lib/db/schema/saas-values";
import { memberColumns } from "./member-columns";

const column = gridColumnHelper<MemberRow>();

function RoleSelect({ member }: { member: MemberRow }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  function change(role: string) {
    startTransition(async () => {
      const result = await changeMemberRole({ id: member.id, role: role as MemberRole });
      if (result?.serverError || result?.validationErrors) toast.error(result.serverError ?? "That role was not accepted.");
      else toast.success(`${member.name} is now ${memberRoleLabels[role as MemberRole].toLowerCase()}.`);
      router.refresh();
    });
  }
  return (
    <Select value={member.role} onValueChange={change} disabled={pending}>
      <SelectTrigger size="sm" aria-label={`Role of ${member.name}`} className="w-28">
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {memberRoles.map((role) => (
          <SelectItem key={role} value={role}>
            {memberRoleLabels[role]}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}

const manageColumn = column.display({
  id: "actions",
  header: () => <span className="sr-only">Actions</span>,
  cell: ({ row }) => (
    <div className="flex justify-end gap-2">
      <RoleSelect member={row.original} />
      <ConfirmActionButton
        run={() => removeMember({ id: row.original.id })}
        trigger="Remove"
        triggerLabel={`Remove ${row.original.name}`}
        title={`Remove ${row.original.name}?`}
        description="They lose access to this organization at once."
        confirmLabel="Remove"
        successMessage="Member removed."
        destructive
        triggerVariant="ghost"
      />
    </div>
  ),
});

export function MembersTable({ result, canManage }: { result: GridPage<MemberRow>; canManage: boolean }) {
  const columns = useMemo(() => (canManage ? [...memberColumns, manageColumn] : memberColumns), [canManage]);
  return <DataTable label="Members" spec={organizationMembersGrid} columns={columns} result={result} getRowId={(row) => row.id} />;
}
