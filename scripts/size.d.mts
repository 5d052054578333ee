export declare const BUDGET: { loader: number; firstRender: number };
export declare function measure(options?: { build?: boolean }): Promise<{
  rows: { file: string; gzip: number; firstRender: boolean; dexie: boolean; qr: boolean }[];
  loader: number;
  firstRender: number;
}>;
