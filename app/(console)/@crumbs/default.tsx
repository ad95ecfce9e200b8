// Required for a parallel slot; the catch-all page matches every console path.
export default function NoCrumbs() {
  return null;
}
