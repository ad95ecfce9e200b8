"use client";

import { PencilIcon, PlusIcon } from "lucide-react";
import { lazyDialog } from "@/components/forms/lazy-dialog";
import type { EditableProfile } from "./profile-form";

const LazyProfileForm = lazyDialog(() => import("./profile-form"));

/** "New profile" (no `profile`) or "Edit" on a row; the dialog and its form load on first use. */
export function ProfileDialog({ profile }: { profile?: EditableProfile }) {
  return (
    <LazyProfileForm
      profile={profile}
      button={
        profile
          ? { variant: "ghost", size: "sm", "aria-label": `Edit the AI profile of ${profile.userName}`, children: <><PencilIcon aria-hidden /> Edit</> }
          : { children: <><PlusIcon aria-hidden /> New profile</> }
      }
    />
  );
}
