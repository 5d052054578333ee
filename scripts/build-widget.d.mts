export declare const OUT_DIR: string;
export declare function buildWidget(options?: { write?: boolean }): Promise<import('esbuild').Metafile>;
export declare function firstRenderFiles(metafile: import('esbuild').Metafile): {
  loader: string;
  app: string;
  files: Set<string>;
};
export declare const FIRST_RENDER_PLACEHOLDER: string;
