export declare const API_DIR: string;
export declare const SERVER_ENTRY: string;
export declare function buildServer(): Promise<void>;
