import type { SecurityEvent } from './types';

export interface SecurityEventDetails {
  /** Requests the row stands for: aggregated rows carry `hits`, others are one. */
  hits: number;
  /** Up to five "METHOD /path" the hits went to (aggregated rows). */
  paths: string[];
  firstAt: string | null;
  lastAt: string | null;
  /** What the row is about, e.g. `{ policy, limit, windowSeconds }` for a rate limit. */
  about: Record<string, unknown> | null;
  /** The account, for lockouts. */
  email: string | null;
}

function asObject(value: unknown): Record<string, unknown> | null {
  if (typeof value === 'string') {
    try {
      return asObject(JSON.parse(value));
    } catch {
      return null;
    }
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

const text = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : null);

/** Reads the parts of `details` the table shows; missing or odd values fall back to nothing (and one hit). */
export function eventDetails(event: Pick<SecurityEvent, 'details'>): SecurityEventDetails {
  const d = asObject(event.details) ?? {};
  const hits = Number(d.hits);
  return {
    hits: Number.isFinite(hits) && hits >= 1 ? Math.floor(hits) : 1,
    paths: Array.isArray(d.paths) ? d.paths.filter((p): p is string => typeof p === 'string') : [],
    firstAt: text(d.firstAt),
    lastAt: text(d.lastAt),
    about: asObject(d.about),
    email: text(d.email),
  };
}

/** What the event is about: the partition of an aggregated row (`login-ip:203.0.113.9`), the account of a lockout, else type:id. */
export function eventTarget(event: Pick<SecurityEvent, 'targetType' | 'targetId' | 'details'>): string | null {
  if (event.targetType === 'partition') return event.targetId;
  if (event.targetType === 'user') {
    const email = eventDetails(event).email;
    if (email) return email;
  }
  if (!event.targetType && !event.targetId) return null;
  return `${event.targetType ?? '?'}:${event.targetId ?? '?'}`;
}

export function eventActor(event: Pick<SecurityEvent, 'actorName' | 'actorId' | 'actorType'>): string {
  return event.actorName ?? event.actorId ?? event.actorType;
}

/** The audit log filtered down to this event's kind and target. */
export function auditLinkFor(event: Pick<SecurityEvent, 'category' | 'action' | 'targetType' | 'targetId'>): string {
  const params = new URLSearchParams({ category: event.category || 'security', action: event.action });
  if (event.targetType) params.set('targetType', event.targetType);
  if (event.targetId) params.set('targetId', event.targetId);
  return `/audit?${params.toString()}`;
}
