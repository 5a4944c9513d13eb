// Eleventy 3 ships no type declarations; these cover only the parts newsarchive calls.
declare module "@11ty/eleventy" {
  export interface EleventyUserConfig {
    directories: { input: string; output: string };
    addExtension(extension: string | string[], options: { key: string }): void;
    setTemplateFormats(formats: string | string[]): void;
    addPassthroughCopy(paths: string | Record<string, string>): void;
    addGlobalData(name: string, value: unknown): void;
    setQuietMode(quiet: boolean): void;
    /** Paths Eleventy skips as templates. */
    ignores: Set<string>;
  }

  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    config?: (config: EleventyUserConfig) => void | Promise<void>;
  }

  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    disableLogger(): void;
  }
}
