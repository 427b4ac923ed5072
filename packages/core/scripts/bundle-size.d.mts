export function bundleOf(names: string[]): Promise<{ code: string; bytes: number; gzip: number }>;
