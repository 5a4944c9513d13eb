/** The folder of the compiled copy of the current sources, compiled now if there is none. */
export function compiledCopy(): Promise<string>;
