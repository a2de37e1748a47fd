export * from './occupations';
export * from './tasks';
export * from './elements';
export * from './bls';
export * from './meta';
export * from './scores';
export * from './descriptors';
export * from './states';
