/** A synthetic directory of `count` records in the project's own format (the input a data file holds), the same for the same seed. */
export declare function generateDirectory(count: number, seed?: number): unknown[];
