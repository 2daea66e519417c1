/** The build's fingerprint: a hash of the sources, data, packages and build scripts under `root`. */
export declare function computeBuildId(root: string): string;
