import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import Form from 'react-bootstrap/Form';
import Spinner from 'react-bootstrap/Spinner';
import { SettingsTabs } from '../../../components/SettingsTabs';
import { errorMessage } from '../../../lib/problem';
import { useSecuritySettings } from '../api/useSecuritySettings';
import { useUpdateSecuritySettings } from '../api/useUpdateSecuritySettings';
import type { SecuritySettings } from '../types';
import { AdminAllowlistCard } from './AdminAllowlistCard';
import { CorsOriginsCard, GeoIpCard, RateLimitsCard } from './ServerConfigCards';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Global administrators only: platform-wide security settings and the server's security configuration. */
export function SecuritySettingsPage() {
  const settings = useSecuritySettings();

  return (
    <>
      <h1 className="h3 mb-3">Security settings</h1>
      <SettingsTabs />
      {settings.isPending ? (
        <Spinner animation="border" role="status">
          <span className="visually-hidden">Loading settings…</span>
        </Spinner>
      ) : settings.isError ? (
        <Alert variant="danger" role="alert">
          <p className="mb-2">Could not load the settings: {errorMessage(settings.error)}</p>
          <Button variant="outline-danger" size="sm" onClick={() => settings.refetch()}>
            Retry
          </Button>
        </Alert>
      ) : (
        <div style={{ maxWidth: 760 }}>
          <MfaPolicyCard settings={settings.data} />
          <AdminAllowlistCard settings={settings.data} />
          <RateLimitsCard rateLimits={settings.data.rateLimits} />
          <GeoIpCard geoIp={settings.data.geoIp} />
          <CorsOriginsCard origins={settings.data.corsOrigins} />
        </div>
      )}
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
        {flash && (
          <Alert variant="success" dismissible onClose={() => setFlash(null)}>
            {flash}
          </Alert>
        )}
        {update.isError && (
          <Alert variant="danger" role="alert" dismissible onClose={() => update.reset()}>
            {errorMessage(update.error)}
          </Alert>
        )}
        <Form.Check
          type="switch"
          // Announced as a switch (on/off), not a checkbox.
          role="switch"
          id="settings-require-mfa"
          label="Require MFA for everyone"
          // While saving, the switch shows the value being saved.
          checked={update.isPending ? Boolean(update.variables?.requireMfa) : settings.requireMfa}
          disabled={update.isPending}
          aria-describedby="settings-require-mfa-help"
          onChange={(e) => {
            const requireMfa = e.target.checked;
            setFlash(null);
            update.mutate(
              { requireMfa },
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
            <Spinner animation="border" size="sm" role="status" className="ms-2">
              <span className="visually-hidden">Saving…</span>
            </Spinner>
          )}
        </p>
      </Card.Body>
    </Card>
  );
}
