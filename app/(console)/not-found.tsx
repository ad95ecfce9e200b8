import { NotFoundBody } from "@/components/shell/not-found-body";

// notFound() from a console page: inside the shell (which already has the page's <main>).
export default function ConsoleNotFound() {
  return <NotFoundBody />;
}
