/**
 * Reads `per_page` and `page` leniently: a missing or unreadable value takes
 * the default, and `per_page` is held to the endpoint's maximum, so a client
 * asking for too much still gets pages rather than an error.
 */
export function perPageParam(raw: unknown, fallback: number, max: number): number {
  const value = typeof raw === "number" ? raw : Number.parseInt(String(raw ?? ""), 10);
  if (!Number.isFinite(value) || value < 1) return fallback;
  return Math.min(Math.floor(value), max);
}

export function pageParam(raw: unknown): number {
  const value = typeof raw === "number" ? raw : Number.parseInt(String(raw ?? ""), 10);
  return Number.isFinite(value) && value >= 1 ? Math.floor(value) : 1;
}
