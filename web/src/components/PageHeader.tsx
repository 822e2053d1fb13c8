import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useCurrentClient, useDocumentTitle } from '../lib/documentTitle';
import { OrgTabs } from './OrgTabs';

export interface Crumb {
  to: string;
  label: string;
  /** This crumb is the organisation `clientId`: it shows the client's name once known. */
  clientId?: string;
}

/** Organisations / <client> [/ more]: where every page of one organisation sits. */
export function orgCrumbs(orgId: string, ...more: Crumb[]): Crumb[] {
  return [{ to: '/orgs', label: 'Organisations' }, { to: `/orgs/${orgId}`, label: 'Client', clientId: orgId }, ...more];
}

/** The name of the client on screen (from the app shell), or `fallback` while it loads. */
export function ClientName({ orgId, fallback = 'Client' }: { orgId: string; fallback?: string }) {
  const client = useCurrentClient();
  return <>{(client?.id === orgId && client.name) || fallback}</>;
}

export interface PageHeaderProps {
  title: ReactNode;
  crumbs?: Crumb[];
  /** Buttons and links beside the title. */
  actions?: ReactNode;
  /** Status badges beside the title. */
  badges?: ReactNode;
  /** A line under the title. */
  subtitle?: ReactNode;
  /** An organisation's page: its tabs follow the title. */
  orgId?: string;
  /** The page's name in document.title when `title` is not plain text. */
  documentTitle?: string;
}

/** Breadcrumb, title with the page's actions, and for an organisation's pages its tabs; sets document.title. */
export function PageHeader({ title, crumbs, actions, badges, subtitle, orgId, documentTitle }: PageHeaderProps) {
  useDocumentTitle(documentTitle ?? (typeof title === 'string' ? title : undefined));
  return (
    <>
      {crumbs && (
        <nav aria-label="Breadcrumb" className="mb-2">
          {crumbs.map((crumb, i) => (
            <Fragment key={crumb.to}>
              {i > 0 && ' / '}
              <Link to={crumb.to}>{crumb.clientId ? <ClientName orgId={crumb.clientId} fallback={crumb.label} /> : crumb.label}</Link>
            </Fragment>
          ))}
        </nav>
      )}
      <div className="d-flex flex-wrap align-items-center justify-content-between gap-2 mb-3">
        <div>
          <div className="d-flex flex-wrap align-items-center gap-3">
            <h1 className="h3 mb-0 text-break">{title}</h1>
            {badges}
          </div>
          {subtitle && <p className="text-body-secondary mb-0">{subtitle}</p>}
        </div>
        {actions && <div className="d-flex flex-wrap gap-2 align-items-start">{actions}</div>}
      </div>
      {orgId && <OrgTabs orgId={orgId} />}
    </>
  );
}
