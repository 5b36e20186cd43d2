export * from './labels';
export * from './enums';
export * from './limits';
export * from './text';
export * from './freshness';
export * from './local-gov-code';
export * from './roles';
export * from './matching';
