import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import Spinner from 'react-bootstrap/Spinner';
import { errorMessage } from '../../../lib/problem';
import { useVerifyAudit } from '../api/useVerifyAudit';

const numberFormat = new Intl.NumberFormat();
// The API's int64 counts are typed number | string (JSON numbers that may be read from strings).
const formatCount = (n: number | string) => numberFormat.format(Number(n));

export function VerifyChainCard() {
  const verify = useVerifyAudit();
  const result = verify.data;
  return (
    <Card className="mb-3">
      <Card.Body>
        <div className="d-flex flex-wrap align-items-center gap-3">
          <div className="me-auto">
            <Card.Title as="h2" className="h6 mb-1">
              Tamper check
            </Card.Title>
            <Card.Text className="small text-body-secondary mb-0">
              Recomputes every hash chain to prove no event was changed, removed or reordered.
            </Card.Text>
          </div>
          <Button variant="outline-primary" disabled={verify.isPending} onClick={() => verify.mutate()}>
            {verify.isPending && <Spinner as="span" animation="border" size="sm" className="me-2" aria-hidden="true" />}
            Verify chain
          </Button>
        </div>
        {verify.isPending && (
          <p className="small text-body-secondary mt-3 mb-0" role="status">
            Verifying… this can take a while on a large log.
          </p>
        )}
        {verify.isError && (
          <Alert variant="danger" className="mt-3 mb-0" role="alert">
            Could not verify the chain: {errorMessage(verify.error)}
          </Alert>
        )}
        {result &&
          (result.ok ? (
            <Alert variant="success" className="mt-3 mb-0" role="alert">
              Chain intact: {formatCount(result.checked)} events in {formatCount(result.chains)} chains verified
            </Alert>
          ) : (
            <Alert variant="danger" className="mt-3 mb-0" role="alert">
              <Alert.Heading as="p" className="h6">
                Chain broken
              </Alert.Heading>
              <p className="mb-0">
                First broken event: <strong>{result.firstBrokenId ?? 'unknown'}</strong> in chain <code>{result.chain ?? 'unknown'}</code>
                {result.reason ? <> — {result.reason}</> : null}. {formatCount(result.checked)} events in{' '}
                {formatCount(result.chains)} chains checked.
              </p>
            </Alert>
          ))}
      </Card.Body>
    </Card>
  );
}
