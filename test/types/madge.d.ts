// The part of madge's API (8.0.0, which ships no types) that test/build/import-cycles.test.ts uses.
declare module 'madge' {
  interface MadgeConfig {
    fileExtensions?: string[];
    tsConfig?: string;
    detectiveOptions?: Record<string, Record<string, unknown>>;
  }
  interface MadgeResult {
    /** Module → the modules it imports, paths relative to the scanned folder. */
    obj(): Record<string, string[]>;
    /** Each cycle as the modules along it. */
    circular(): string[][];
    warnings(): { skipped: string[] };
  }
  export default function madge(path: string | string[], config?: MadgeConfig): Promise<MadgeResult>;
}
