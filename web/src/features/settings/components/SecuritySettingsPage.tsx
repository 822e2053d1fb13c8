import { useState } from 'react';
import Card from 'react-bootstrap/Card';
import Form from 'react-bootstrap/Form';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FlashAlert } from '../../../components/FlashAlert';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { SettingsTabs } from '../../../components/SettingsTabs';
import { useSecuritySettings } from '../api/useSecuritySettings';
import { useUpdateSecuritySettings } from '../api/useUpdateSecuritySettings';
import type { SecuritySettings } from '../types';
import { AdminAllowlistCard } from './AdminAllowlistCard';
import { CorsOriginsCard, GeoIpCard, RateLimitsCard } from './ServerConfigCards';
import { shortDateTime } from '../../../lib/dates';

const dateFormat = shortDateTime;

/** Global administrators only: platform-wide security settings and the server's security configuration. */
export function SecuritySettingsPage() {
  const settings = useSecuritySettings();

  return (
    <>
      <PageHeader title="Security settings" />
      <SettingsTabs />
      <QueryState query={settings} what="the settings" inline>
        {(data) => (
          <div style={{ maxWidth: 760 }}>
            <MfaPolicyCard settings={data} />
            <AdminAllowlistCard settings={data} />
            <RateLimitsCard rateLimits={data.rateLimits} />
            <GeoIpCard geoIp={data.geoIp} />
            <CorsOriginsCard origins={data.corsOrigins} />
          </div>
        )}
      </QueryState>
    </>
  );
}

/** The platform-wide MFA requirement: saved as soon as the switch flips. */
function MfaPolicyCard({ settings }: { settings: SecuritySettings }) {
  const update = useUpdateSecuritySettings();
  const [flash, setFlash] = useState<string | null>(null);

  return (
    <Card as="section" aria-labelledby="mfa-policy-title" className="mb-4">
      <Card.Body>
        <h2 id="mfa-policy-title" className="h5 mb-3">
          Two-factor authentication
        </h2>
        <FlashAlert message={flash} onClose={() => setFlash(null)} />
        <ErrorAlert
          error={update.error}
          conflict="Another administrator changed the security settings since this page loaded, so nothing was saved. The page now shows their version: check it and try again."
          onClose={() => update.reset()}
        />
        <Form.Check
          type="switch"
          // Announced as a switch (on/off), not a checkbox.
          role="switch"
          id="settings-require-mfa"
          label="Require MFA for everyone"
          // While saving, the switch shows the value being saved.
          checked={update.isPending ? Boolean(update.variables?.changes.requireMfa) : settings.requireMfa}
          disabled={update.isPending}
          aria-describedby="settings-require-mfa-help"
          onChange={(e) => {
            const requireMfa = e.target.checked;
            setFlash(null);
            update.mutate(
              { etag: settings.etag, changes: { requireMfa } },
              {
                onSuccess: () =>
                  setFlash(
                    requireMfa
                      ? 'MFA is now required for everyone. Users without an authenticator app set one up at their next sign-in.'
                      : 'MFA is no longer required for everyone. It stays required for users you marked individually.',
                  ),
              },
            );
          }}
        />
        <Form.Text id="settings-require-mfa-help" muted>
          Every user must sign in with a code from an authenticator app. Users without one are sent to set it up at their next
          sign-in — you too, if you have not yet.
        </Form.Text>
        <p className="small text-body-secondary mt-3 mb-0">
          Last changed <time dateTime={settings.updatedAt}>{dateFormat.format(new Date(settings.updatedAt))}</time>
          {update.isPending && (
            <span className="ms-2">
              <Loading label="Saving…" inline small />
            </span>
          )}
        </p>
      </Card.Body>
    </Card>
  );
}
