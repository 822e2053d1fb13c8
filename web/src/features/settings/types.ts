import type { paths } from '../../api/schema';

// Derived through paths, not component names: schema names follow the API's class names.
type JsonOf<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type SecuritySettings = JsonOf<paths['/api/v1/settings/security']['get']['responses'][200]>;
export type UpdateSecuritySettingsBody = JsonOf<NonNullable<paths['/api/v1/settings/security']['patch']['requestBody']>>;
