import { useState } from 'react';
import { useLocation } from 'react-router';

/**
 * The page's success message: it starts with the one the previous page passed in the navigation state
 * (`navigate(to, { state: { flash } })`, e.g. "Asset deleted." after leaving the deleted asset's page).
 */
export function useFlash() {
  const location = useLocation();
  return useState<string | null>(() => (location.state as { flash?: string } | null)?.flash ?? null);
}
