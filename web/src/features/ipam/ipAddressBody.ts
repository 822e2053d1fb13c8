import type { CreateIpAddressBody, IpAddress, IpAddressFormValues, IpStatus, UpdateIpAddressBody } from './types';
import { ipStatuses } from './types';

export const emptyIpAddressForm: IpAddressFormValues = {
  address: '',
  status: 'active',
  hostname: '',
  description: '',
  assetId: '',
  interfaceId: '',
};

function toStatus(value: string): IpStatus {
  return ipStatuses.find((s) => s.value === value)?.value ?? 'active';
}

export function ipAddressFormValues(ip: IpAddress): IpAddressFormValues {
  return {
    address: ip.address,
    status: toStatus(ip.status),
    hostname: ip.hostname ?? '',
    description: ip.description ?? '',
    assetId: ip.assetId ?? '',
    interfaceId: ip.interfaceId ?? '',
  };
}

/** POST body: empty optional fields are left out. */
export function createIpAddressBody(values: IpAddressFormValues): CreateIpAddressBody {
  const hostname = values.hostname.trim();
  const description = values.description.trim();
  return {
    address: values.address.trim(),
    status: values.status,
    ...(hostname ? { hostname } : {}),
    ...(description ? { description } : {}),
    ...(values.assetId ? { assetId: values.assetId } : {}),
    ...(values.assetId && values.interfaceId ? { interfaceId: values.interfaceId } : {}),
  };
}

/**
 * PATCH body with only what changed. The API leaves absent fields alone and clears hostname and description when
 * sent empty; it has no way to unassign an asset or interface, so those are only sent when one is chosen.
 */
export function updateIpAddressChanges(initial: IpAddressFormValues, values: IpAddressFormValues): UpdateIpAddressBody {
  const changes: UpdateIpAddressBody = {};
  if (values.address.trim() !== initial.address) changes.address = values.address.trim();
  if (values.status !== initial.status) changes.status = values.status;
  if (values.hostname.trim() !== initial.hostname) changes.hostname = values.hostname.trim();
  if (values.description.trim() !== initial.description) changes.description = values.description.trim();
  if (values.assetId && values.assetId !== initial.assetId) changes.assetId = values.assetId;
  if (values.assetId && values.interfaceId && values.interfaceId !== initial.interfaceId) changes.interfaceId = values.interfaceId;
  return changes;
}
