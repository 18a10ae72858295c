export function bundleForBrowser(
  entry: string | { source: string; resolveDir?: string },
): Promise<string>;
export function gzipSize(code: string): number;
export function nodeOnlyReferences(code: string): string[];
