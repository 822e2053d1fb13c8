import type { paths } from './schema';

export type { paths };

/**
 * The JSON body of a response or request body in the generated schema. Types are derived through `paths`, not
 * component names: schema names follow the API's class names, paths are the contract.
 */
export type JsonOf<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
