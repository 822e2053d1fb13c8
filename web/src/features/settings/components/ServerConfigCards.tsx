import Badge from 'react-bootstrap/Badge';
import Card from 'react-bootstrap/Card';
import Table from 'react-bootstrap/Table';
import { formatRate, rateLimitDescription, rateLimitLabel } from '../rateLimits';
import type { SecuritySettings } from '../types';

function OnOff({ on }: { on: boolean }) {
  return <Badge bg={on ? 'success' : 'secondary'}>{on ? 'On' : 'Off'}</Badge>;
}

const configNote = 'Set in the server configuration; shown here read-only.';

/** The rate limits in force, one row per policy. */
export function RateLimitsCard({ rateLimits }: { rateLimits: SecuritySettings['rateLimits'] }) {
  const allOff = rateLimits.length > 0 && rateLimits.every((r) => !r.enabled);
  return (
    <Card as="section" aria-labelledby="rate-limits-title" className="mb-4">
      <Card.Body>
        <h2 id="rate-limits-title" className="h5 mb-2">
          Rate limits
        </h2>
        <p className="text-body-secondary small">
          Requests over a limit are refused (429, retry later) and counted as security events. {configNote}
        </p>
        {allOff && <p className="text-warning-emphasis">Rate limiting is turned off on this server.</p>}
        {rateLimits.length === 0 ? (
          <p className="mb-0">No rate limits are configured.</p>
        ) : (
          <Table size="sm" responsive aria-label="Rate limits" className="mb-0 align-middle">
            <thead>
              <tr>
                <th scope="col">Limit</th>
                <th scope="col">Allowance</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {rateLimits.map((r) => (
                <tr key={r.policy}>
                  <td>
                    <div>{rateLimitLabel(r.policy)}</div>
                    {rateLimitDescription(r.policy) && <div className="small text-body-secondary">{rateLimitDescription(r.policy)}</div>}
                  </td>
                  <td className="text-nowrap">{formatRate(r)}</td>
                  <td>
                    <OnOff on={r.enabled} />
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card.Body>
    </Card>
  );
}

function countryName(code: string): string | null {
  try {
    const name = new Intl.DisplayNames(undefined, { type: 'region' }).of(code.toUpperCase());
    return name && name !== code.toUpperCase() ? name : null;
  } catch {
    return null;
  }
}

/** Country blocks: whether a GeoIP database is loaded and which countries it blocks. */
export function GeoIpCard({ geoIp }: { geoIp: SecuritySettings['geoIp'] }) {
  return (
    <Card as="section" aria-labelledby="geoip-title" className="mb-4">
      <Card.Body>
        <h2 id="geoip-title" className="h5 mb-2">
          Country blocks (GeoIP)
        </h2>
        <p className="text-body-secondary small">
          Requests from blocked countries are refused before anything else and counted as security events. {configNote}
        </p>
        <dl className="row mb-0">
          <dt className="col-sm-4">Status</dt>
          <dd className="col-sm-8" data-testid="geoip-status">
            <Badge bg={geoIp.enabled ? 'success' : 'secondary'}>{geoIp.enabled ? 'Enabled' : 'Disabled'}</Badge>
          </dd>
          <dt className="col-sm-4">Database</dt>
          <dd className="col-sm-8">{geoIp.databaseType ?? 'None loaded'}</dd>
          <dt className="col-sm-4">Blocked countries</dt>
          <dd className="col-sm-8 mb-0">
            {geoIp.blockedCountries.length === 0 ? (
              'None'
            ) : (
              <ul className="list-unstyled mb-0" aria-label="Blocked countries">
                {geoIp.blockedCountries.map((code) => {
                  const name = countryName(code);
                  return (
                    <li key={code}>
                      <code>{code}</code>
                      {name && ` ${name}`}
                    </li>
                  );
                })}
              </ul>
            )}
          </dd>
        </dl>
        {!geoIp.enabled && geoIp.blockedCountries.length > 0 && (
          <p className="small text-warning-emphasis mt-2 mb-0">Countries are listed but no database is loaded, so nothing is blocked.</p>
        )}
      </Card.Body>
    </Card>
  );
}

/** Browser origins other than the SPA's own that may call the API. */
export function CorsOriginsCard({ origins }: { origins: string[] }) {
  return (
    <Card as="section" aria-labelledby="cors-title" className="mb-4">
      <Card.Body>
        <h2 id="cors-title" className="h5 mb-2">
          Cross-origin access (CORS)
        </h2>
        <p className="text-body-secondary small">Web pages on these origins may call the API from a browser. {configNote}</p>
        {origins.length === 0 ? (
          <p className="mb-0">None: only the SPA’s own origin.</p>
        ) : (
          <ul className="mb-0" aria-label="Allowed origins">
            {origins.map((origin) => (
              <li key={origin}>
                <code>{origin}</code>
              </li>
            ))}
          </ul>
        )}
      </Card.Body>
    </Card>
  );
}
