import { ConfigurationError } from "../errors/intercom-error.js";
import type { TokenSupplier } from "./client-options.js";

export async function resolveToken(supplier: TokenSupplier): Promise<string> {
  const token = typeof supplier === "function" ? await supplier() : supplier;
  if (typeof token !== "string" || token.trim() === "") {
    throw new ConfigurationError("The token supplier returned no token");
  }
  return token;
}
