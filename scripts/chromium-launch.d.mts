export declare const CHROMIUM_ARGS: readonly string[];
export declare function chromiumLaunch(extra?: readonly string[]): { executablePath: string; args: string[] };
