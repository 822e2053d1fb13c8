import { useState } from 'react';
import { InlineForm, TextField } from '../../../components/FormFields';
import { StaleAlert } from '../../../components/ErrorAlert';
import { fieldMessage, formErrorsOf, hasStatus } from '../../../lib/problem';
import { useSaveTeam } from '../api/useTeamWrites';
import { teamFormFields, type Team } from '../types';

export interface TeamFormProps {
  /** The team renamed; a new one without it. */
  team?: Team;
  onSaved: (team: Team) => void;
  onCancel: () => void;
}

/** Name and description of a new team, or of one being renamed (If-Match: a change made meanwhile is refused). */
export function TeamForm({ team, onSaved, onCancel }: TeamFormProps) {
  const [name, setName] = useState(team?.name ?? '');
  const [description, setDescription] = useState(team?.description ?? '');
  const save = useSaveTeam();
  const errors = formErrorsOf(save.error, teamFormFields);
  return (
    <InlineForm
      label={team ? 'Rename team' : 'New team'}
      title={<h2 className="h5">{team ? 'Rename team' : 'New team'}</h2>}
      errors={errors}
      alert={
        hasStatus(save.error, 412) ? (
          <StaleAlert message="This team was changed by someone else. Reload to see the latest version, then try again." onReload={onCancel} />
        ) : undefined
      }
      pending={save.isPending}
      submitLabel={team ? 'Save' : 'Create team'}
      onCancel={onCancel}
      onSubmit={() =>
        save.mutate({ teamId: team?.id, etag: team?.etag, body: { name: name.trim(), description: description.trim() } }, { onSuccess: onSaved })
      }
    >
      <TextField
        id="team-name"
        className="mb-3"
        label="Name"
        maxLength={100}
        value={name}
        onChange={(e) => {
          setName(e.target.value);
          if (fieldMessage(errors, 'name')) save.reset();
        }}
        error={fieldMessage(errors, 'name')}
        autoFocus
      />
      <TextField
        id="team-description"
        label="Description"
        rows={2}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={fieldMessage(errors, 'description')}
        help="Who is in it, e.g. “First-line technicians”."
      />
    </InlineForm>
  );
}
