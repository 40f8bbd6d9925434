// Types for generate.mjs (the script stays plain JavaScript so `npm run icons` needs no build step).
export declare const repositoryRoot: string;
export declare const sourceSvg: string;
export declare const pngSizes: number[];
export declare const maskableSafeZone: number;
export declare function backgroundColour(svg: Buffer): string;
export declare function renderPng(svg: Buffer, size: number): Promise<Buffer>;
export declare function renderIcons(svg?: Buffer): Promise<Map<string, Buffer>>;
