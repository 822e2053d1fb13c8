import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { SelectField, TextField } from './FormFields';

/** A form whose submit "fails" with the errors given, the way a form shows a 400's field errors. */
function Harness({ answer }: { answer: Record<string, string> }) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [name, setName] = useState('');
  const [kind, setKind] = useState('');
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setErrors({});
        // The API answers after the submit: the errors arrive in a later render.
        setTimeout(() => setErrors(answer), 0);
      }}
    >
      <TextField id="name" label="Name" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} />
      <SelectField id="kind" label="Kind" value={kind} onChange={(e) => setKind(e.target.value)} error={errors.kind} options={[{ value: '', label: 'Pick' }, { value: 'site', label: 'Site' }]} />
      <TextField id="notes" label="Notes" error={errors.notes} />
      <button type="submit">Save</button>
    </form>
  );
}

describe('form fields after a failed submit', () => {
  it('focuses the first field in error, in page order', async () => {
    render(<Harness answer={{ notes: 'Too long.', kind: 'Pick a kind.' }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByLabelText('Kind')).toHaveFocus());
    expect(screen.getByLabelText('Kind')).toHaveAccessibleDescription('Pick a kind.');
    expect(screen.getByLabelText('Notes')).toHaveAttribute('aria-invalid', 'true');
  });

  it('clears a field’s error when that field changes, and only that one', async () => {
    render(<Harness answer={{ name: 'Name is required.', notes: 'Too long.' }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const name = screen.getByLabelText('Name');
    await waitFor(() => expect(name).toHaveFocus());
    expect(screen.getByText('Name is required.')).toBeInTheDocument();
    await userEvent.type(name, 'A');
    expect(name).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('Name is required.')).not.toBeInTheDocument();
    expect(screen.getByText('Too long.')).toBeInTheDocument();
  });

  it('shows the same error again when the next submit fails the same way', async () => {
    render(<Harness answer={{ kind: 'Pick a kind.' }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const kind = screen.getByLabelText('Kind');
    await waitFor(() => expect(kind).toHaveFocus());
    await userEvent.selectOptions(kind, 'site');
    expect(screen.queryByText('Pick a kind.')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Pick a kind.')).toBeInTheDocument();
    await waitFor(() => expect(kind).toHaveFocus());
  });
});
