export declare const API_DIR: string;
export declare const SERVER_ENTRY: string;
export declare const SERVER_NODE_FLAGS: string[];
export declare function buildServer(): Promise<void>;
