import Card from 'react-bootstrap/Card';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useMe } from '../../../auth/permissions';
import { useDocumentTitle } from '../../../lib/documentTitle';
import { ChangePasswordForm } from './ChangePasswordForm';
import { MfaSettings } from './MfaSettings';
import { MySessions } from './MySessions';

export function AccountPage() {
  const me = useMe();
  useDocumentTitle('My account');
  return (
    <>
      <h1 className="h3 mb-1">My account</h1>
      {me.data && (
        <p className="text-body-secondary mb-4">
          {me.data.displayName ? `${me.data.displayName} · ` : ''}
          {me.data.email}
        </p>
      )}
      <Row className="g-4">
        <Col lg={5}>
          <Card as="section" aria-labelledby="change-password-title">
            <Card.Body>
              <h2 id="change-password-title" className="h5 mb-3">
                Change password
              </h2>
              <ChangePasswordForm />
            </Card.Body>
          </Card>
          <Card as="section" aria-labelledby="mfa-title" className="mt-4">
            <Card.Body>
              <h2 id="mfa-title" className="h5 mb-3">
                Two-factor authentication
              </h2>
              <MfaSettings />
            </Card.Body>
          </Card>
        </Col>
        <Col lg={7}>
          <Card as="section" aria-labelledby="my-sessions-title">
            <Card.Body>
              <h2 id="my-sessions-title" className="h5 mb-3">
                My sessions
              </h2>
              <p className="text-body-secondary small">
                Every browser or device you are signed in on. End a session you do not recognise, then change your password.
              </p>
              <MySessions />
            </Card.Body>
          </Card>
        </Col>
      </Row>
    </>
  );
}
