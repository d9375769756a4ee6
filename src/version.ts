// The version comes from package.json, injected by the build (scripts/build.mjs).
declare const __REFORM_VERSION__: string | undefined;

export const VERSION: string = typeof __REFORM_VERSION__ === 'string' ? __REFORM_VERSION__ : '0.0.0-dev';
