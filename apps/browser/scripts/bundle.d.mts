export type BundleEntry = string | { source: string; resolveDir?: string };
export function bundleForBrowser(
  entry: BundleEntry,
  options?: { alias?: Record<string, string> },
): Promise<string>;
export function bytesByPackage(entry: BundleEntry): Promise<[string, number][]>;
export function gzipSize(code: string): number;
export function nodeOnlyReferences(code: string): string[];
