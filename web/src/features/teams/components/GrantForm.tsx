import { useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { InlineForm, SelectField } from '../../../components/FormFields';
import { SearchSelect } from '../../../components/SearchSelect';
import { roleKeys } from '../../../entities/role/roleKeys';
import { listRoleOptions } from '../../../entities/role/useRoleOptions';
import { fieldMessage, formErrorsOf } from '../../../lib/problem';
import { useOrgMatches } from '../api/usePickers';
import { usePlatformRoles } from '../api/usePlatformRoles';
import { GrantFailure, useAddTeamGrants } from '../api/useTeamWrites';
import { grantFormFields, type AddGrantBody } from '../types';

type Scope = 'all' | 'chosen';
type RoleKind = 'platform' | 'org';
interface ChosenOrg {
  id: string;
  name: string;
}

/** The role names every chosen organisation has (built-in roles, or custom ones named alike), with each one's id. */
function useCommonOrgRoles(orgs: ChosenOrg[]) {
  const results = useQueries({
    queries: orgs.map((o) => ({ queryKey: roleKeys.options(o.id), queryFn: ({ signal }: { signal: AbortSignal }) => listRoleOptions(o.id, signal) })),
  });
  const loading = results.some((r) => r.isPending);
  const byOrg = results.map((r) => new Map((r.data ?? []).map((role) => [role.name, role.id])));
  const names = loading || byOrg.length === 0 ? [] : [...byOrg[0].keys()].filter((n) => byOrg.every((m) => m.has(n)));
  return { loading, names, idIn: (orgIndex: number, name: string) => byOrg[orgIndex]?.get(name) };
}

/**
 * A new grant: every organisation (present and future, with a platform role), or chosen organisations (a grant each) with
 * a platform role or a role the organisations define themselves.
 */
export function GrantForm({ teamId, onAdded, onCancel }: { teamId: string; onAdded: (message: string) => void; onCancel: () => void }) {
  const [scope, setScope] = useState<Scope>('all');
  const [kind, setKind] = useState<RoleKind>('platform');
  const [orgs, setOrgs] = useState<ChosenOrg[]>([]);
  const [orgSearch, setOrgSearch] = useState('');
  const [platformRoleId, setPlatformRoleId] = useState('');
  const [roleName, setRoleName] = useState('');
  const matches = useOrgMatches(orgSearch);
  const platformRoles = usePlatformRoles();
  const orgRoles = useCommonOrgRoles(kind === 'org' && scope === 'chosen' ? orgs : []);
  const add = useAddTeamGrants();
  const failure = add.error instanceof GrantFailure ? add.error : null;
  const errors = formErrorsOf(failure?.cause ?? add.error, grantFormFields);
  const [tried, setTried] = useState(false);
  const fieldError = (field: 'orgId' | 'platformRoleId' | 'roleId') => fieldMessage(errors, field);
  // Checked here before anything is sent, shown on the field once a submit was tried.
  const local =
    scope === 'chosen' && orgs.length === 0
      ? 'Choose at least one organisation.'
      : kind === 'platform' && !platformRoleId
        ? 'Choose a platform role.'
        : kind === 'org' && !roleName
          ? 'Choose a role.'
          : null;

  function submit() {
    setTried(true);
    if (local) return;
    const grants: { body: AddGrantBody; orgName: string | null }[] =
      scope === 'all'
        ? [{ body: { platformRoleId }, orgName: null }]
        : orgs.map((o, i) => ({
            body: kind === 'platform' ? { orgId: o.id, platformRoleId } : { orgId: o.id, roleId: orgRoles.idIn(i, roleName) },
            orgName: o.name,
          }));
    add.mutate(
      { teamId, grants },
      {
        onSuccess: (n) =>
          onAdded(scope === 'all' ? 'Granted in every organisation, including those created later.' : `Granted in ${n} organisation${n === 1 ? '' : 's'}.`),
      },
    );
  }

  const chooseScope = (next: Scope) => {
    setScope(next);
    if (next === 'all') setKind('platform');
  };

  return (
    <InlineForm
      label="Add grant"
      title={<h3 className="h6">Add grant</h3>}
      errors={
        failure && errors
          ? { ...errors, formErrors: errors.formErrors.map((m) => (failure.orgName ? `${failure.orgName}: ${m}` : m)).concat(failure.done ? [`${failure.done} grant(s) before it were added.`] : []) }
          : errors
      }
      pending={add.isPending}
      submitLabel="Add grant"
      onCancel={onCancel}
      onSubmit={submit}
    >
      <fieldset className="mb-3">
        <legend className="fs-6 fw-semibold">Where</legend>
        <Form.Check type="radio" id="grant-scope-all" name="grant-scope" label="All organisations, including ones created later" checked={scope === 'all'} onChange={() => chooseScope('all')} />
        <Form.Check type="radio" id="grant-scope-chosen" name="grant-scope" label="Chosen organisations" checked={scope === 'chosen'} onChange={() => chooseScope('chosen')} />
      </fieldset>

      {scope === 'chosen' && (
        <div className="mb-3">
          <SearchSelect
            id="grant-org"
            label="Organisation to add"
            searchLabel="Find organisation"
            placeholder="Organisation name"
            noun="organisations"
            search={orgSearch}
            onSearch={setOrgSearch}
            query={matches}
            optionOf={(o) => ({ value: o.id, label: o.name })}
            value=""
            onChange={(id, org) => {
              if (org && !orgs.some((c) => c.id === id)) setOrgs((list) => [...list, { id, name: org.name }]);
            }}
            emptyLabel="Choose an organisation to add…"
            error={fieldError('orgId') ?? (tried && local?.startsWith('Choose at least') ? local : undefined)}
            className="mb-2"
          />
          {orgs.length > 0 && (
            <ul className="list-unstyled d-flex flex-wrap gap-2 mb-0" aria-label="Chosen organisations">
              {orgs.map((o) => (
                <li key={o.id} className="badge text-bg-secondary d-flex align-items-center gap-1 fw-normal fs-6">
                  {o.name}
                  <Button variant="link" size="sm" className="p-0 text-reset" aria-label={`Remove ${o.name}`} onClick={() => setOrgs((list) => list.filter((c) => c.id !== o.id))}>
                    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
                      <path d="M4.3 3.3 8 7l3.7-3.7 1 1L9 8l3.7 3.7-1 1L8 9l-3.7 3.7-1-1L7 8 3.3 4.3z" />
                    </svg>
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <fieldset className="mb-3">
        <legend className="fs-6 fw-semibold">Role</legend>
        <Form.Check type="radio" id="grant-kind-platform" name="grant-kind" label="A platform role (the same everywhere)" checked={kind === 'platform'} onChange={() => setKind('platform')} />
        <Form.Check
          type="radio"
          id="grant-kind-org"
          name="grant-kind"
          label="A role of the organisations themselves (e.g. Technician)"
          checked={kind === 'org'}
          disabled={scope === 'all'}
          aria-describedby="grant-kind-org-help"
          onChange={() => setKind('org')}
        />
        <Form.Text id="grant-kind-org-help" muted>
          {scope === 'all' ? 'Every organisation at once takes a platform role.' : 'Only role names that every chosen organisation has are offered.'}
        </Form.Text>
      </fieldset>

      {kind === 'platform' ? (
        <SelectField
          id="grant-platform-role"
          label="Platform role"
          value={platformRoleId}
          onChange={(e) => setPlatformRoleId(e.target.value)}
          error={fieldError('platformRoleId') ?? (tried && local === 'Choose a platform role.' ? local : undefined)}
          help={
            platformRoles.data?.length === 0 ? (
              <>
                There are no platform roles yet: <Link to="/platform-roles/new">create one</Link>.
              </>
            ) : undefined
          }
          options={(platformRoles.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
        >
          <option value="">{platformRoles.isPending ? 'Loading…' : 'Choose a platform role'}</option>
        </SelectField>
      ) : (
        <SelectField
          id="grant-org-role"
          label="Role in each chosen organisation"
          value={roleName}
          onChange={(e) => setRoleName(e.target.value)}
          error={fieldError('roleId') ?? (tried && local === 'Choose a role.' ? local : undefined)}
          options={orgRoles.names.map((n) => ({ value: n, label: n }))}
        >
          <option value="">{orgs.length === 0 ? 'Choose organisations first' : orgRoles.loading ? 'Loading…' : 'Choose a role'}</option>
        </SelectField>
      )}
    </InlineForm>
  );
}
