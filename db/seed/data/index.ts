/** Deterministic content of the demo seed: taxonomy, places, employers, training and people. */
export * from './skills';
export * from './occupations';
export * from './esco';
export * from './places';
export * from './employers';
export * from './training';
export * from './people';
