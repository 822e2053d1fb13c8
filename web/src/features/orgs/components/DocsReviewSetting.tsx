import { useState } from 'react';
import Card from 'react-bootstrap/Card';
import Form from 'react-bootstrap/Form';
import Spinner from 'react-bootstrap/Spinner';
import { ErrorAlert, StaleAlert } from '../../../components/ErrorAlert';
import { hasStatus } from '../../../lib/problem';
import { useUpdateOrg } from '../api/useUpdateOrg';
import type { Org } from '../types';

export interface DocsReviewSettingProps {
  org: Org;
  readOnly: boolean;
  onReload: () => void;
}

/** The knowledge base's review switch, saved when flipped (with the organisation's etag). */
export function DocsReviewSetting({ org, readOnly, onReload }: DocsReviewSettingProps) {
  const update = useUpdateOrg();
  const [saved, setSaved] = useState<string | null>(null);
  // While the save runs the switch shows where it was flipped to.
  const on = update.isPending ? update.variables.changes.docsReviewRequired === true : org.docsReviewRequired;

  function toggle(next: boolean) {
    setSaved(null);
    update.mutate(
      { orgId: org.id, etag: org.etag, changes: { docsReviewRequired: next } },
      { onSuccess: () => setSaved(next ? 'Saved: changes to published articles now wait for approval.' : 'Saved: saves publish at once again.') },
    );
  }

  return (
    <Card className="mt-4" as="section" aria-labelledby="docs-review-heading">
      <Card.Body>
        <h2 id="docs-review-heading" className="h5">
          Knowledge base
        </h2>
        {hasStatus(update.error, 412) ? (
          <StaleAlert
            message="This organisation was changed by someone else, so the setting was not saved. Reload to see the latest version, then try again."
            onReload={() => {
              update.reset();
              onReload();
            }}
          />
        ) : (
          <ErrorAlert error={update.error} />
        )}
        <div className="d-flex align-items-start gap-2">
          <Form.Check type="switch" role="switch" id="org-docs-review" checked={on} disabled={readOnly || update.isPending} onChange={(e) => toggle(e.target.checked)}
            label="Require review before changes to published articles are visible" aria-describedby="org-docs-review-help" />
          {update.isPending && <Spinner animation="border" size="sm" role="status" aria-label="Saving" />}
        </div>
        <p className="small text-success-emphasis mb-1" role="status">
          {saved}
        </p>
        <Form.Text id="org-docs-review-help" muted>
          When on, a change to a published article’s title or text by someone without the “docs.publish” permission is saved as a draft; readers keep
          seeing the published text until an Owner, an Admin or another holder of “docs.publish” approves it in Docs → Reviews.
        </Form.Text>
      </Card.Body>
    </Card>
  );
}
