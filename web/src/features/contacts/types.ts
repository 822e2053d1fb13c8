import type { JsonOf, paths } from '../../api/types';

export type { Contact, ContactPage } from '../../entities/contact/useContacts';
export type CreateContactBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}/contacts']['post']['requestBody']>>;
export type UpdateContactBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}/contacts/{contactId}']['patch']['requestBody']>>;

/** The fields of the contact form; API field errors are matched against these. */
export const contactFormFields = ['name', 'email', 'phone', 'role', 'notes'] as const;
export type ContactFormField = (typeof contactFormFields)[number];
