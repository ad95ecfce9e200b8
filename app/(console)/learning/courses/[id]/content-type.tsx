import { FileTextIcon, ListChecksIcon, PlayCircleIcon } from "lucide-react";
import type { LessonContentType } from "@/lib/db/schema/lms-values";

export const contentTypeLabels: Record<LessonContentType, string> = { video: "Video", text: "Text", quiz: "Quiz" };

const icons = { video: PlayCircleIcon, text: FileTextIcon, quiz: ListChecksIcon } as const;

export function ContentTypeLabel({ type }: { type: LessonContentType }) {
  const Icon = icons[type];
  return (
    <span className="inline-flex items-center gap-1 text-xs text-muted-foreground">
      <Icon aria-hidden className="size-3.5" />
      {contentTypeLabels[type]}
    </span>
  );
}
