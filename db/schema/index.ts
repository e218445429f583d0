export * from './applicants';
export * from './applications';
export * from './audit';
export * from './desk';
export * from './users';
export * from './materials';
export * from './panel';
export * from './sync';
