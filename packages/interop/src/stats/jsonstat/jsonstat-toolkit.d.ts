// The parts of jsonstat-toolkit (no types of its own) that the tests use.
declare module 'jsonstat-toolkit' {
  interface Category {
    readonly label: string;
    readonly unit: Record<string, unknown> | null;
  }
  interface Dimension {
    readonly label: string;
    readonly role: string;
    readonly id: string[];
    Category(id: string): Category | null;
  }
  interface Dataset {
    readonly class: string;
    readonly id: string[];
    readonly label: string;
    readonly n: number;
    Dimension(id: string): Dimension | null;
    Data(
      coordinate: Record<string, string>,
    ): { readonly value: number | null; readonly status: string | null } | null;
    Dataset(index: number): Dataset;
  }
  export default function JSONstat(input: unknown): Dataset;
}
