const storageKey = 'clientstor.currentOrg';

/** The organisation last chosen in this tab (sessionStorage: per tab, gone with it). */
export function rememberedOrgId(): string | null {
  try {
    return sessionStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

export function rememberOrgId(orgId: string): void {
  try {
    sessionStorage.setItem(storageKey, orgId);
  } catch {
    /* storage may be unavailable (private mode); the switcher still works from the URL */
  }
}
