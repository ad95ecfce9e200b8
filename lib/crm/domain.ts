// The key companies are de-duplicated on; the same rule as crm_normalize_domain() in the database
// (migration crm_domain_function), whose unique index has the last word.

/** "HTTPS://www.Acme.com/pricing?x" → "acme.com"; null when nothing is left. */
export function normalizeDomain(raw: string): string | null {
  const domain = raw
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, "")
    .replace(/^www\.|[/?#:].*$/g, "");
  return domain === "" ? null : domain;
}

/** Labels of letters, digits and inner hyphens, at least one dot: acme.com, eu.acme.co.uk. */
export const domainPattern = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
