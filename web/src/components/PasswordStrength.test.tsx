import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strengthInputs } from '../lib/passwordStrength';
import { PasswordStrength } from './PasswordStrength';

function Field({ inputs = strengthInputs('ann@example.test', 'Ann Smith'), required }: { inputs?: string[]; required?: boolean }) {
  const [password, setPassword] = useState('');
  return (
    <>
      <label htmlFor="pw">Password</label>
      <input id="pw" value={password} onChange={(e) => setPassword(e.target.value)} aria-describedby="pw-strength" />
      <PasswordStrength id="pw-strength" password={password} userInputs={inputs} required={required} />
    </>
  );
}

// The dictionaries load on first use: the first check of a file may take a moment.
const loaded = { timeout: 5000 };

describe('PasswordStrength', { timeout: 10_000 }, () => {
  it('shows nothing for an empty field, then a named five-step meter with zxcvbn’s feedback for a weak password', async () => {
    render(<Field />);
    expect(screen.queryByRole('meter')).not.toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Password'), 'password1234');
    const meter = await screen.findByRole('meter', { name: 'Password strength' });
    await screen.findByText('This is similar to a commonly used password.', undefined, loaded);
    expect(meter).toHaveAttribute('aria-valuenow', '1');
    expect(meter).toHaveAttribute('aria-valuemin', '0');
    expect(meter).toHaveAttribute('aria-valuemax', '4');
    expect(meter).toHaveAttribute('aria-valuetext', 'Weak (2 of 5)');
    expect(screen.getByText('Weak')).toBeInTheDocument();
    expect(screen.getByText(/not strong enough yet/)).toBeInTheDocument();
    expect(screen.getByText('Add more words that are less common.')).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/Password strength/);
  });

  it('says a long, uncommon passphrase is strong enough, without advice', async () => {
    render(<Field />);
    await userEvent.type(screen.getByLabelText('Password'), 'violet-kettle-orbit-9');
    await screen.findByText('Very strong', undefined, loaded);
    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuenow', '4');
    expect(screen.getByText(/strong enough/)).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('counts the product’s and the person’s names as guessable, as the API does', async () => {
    const { unmount } = render(<Field inputs={[]} />);
    await userEvent.type(screen.getByLabelText('Password'), 'clientstor2026');
    await screen.findByText('Strong', undefined, loaded);
    unmount();

    render(<Field />);
    await userEvent.type(screen.getByLabelText('Password'), 'clientstor2026');
    await screen.findByText('There should not be any personal or page related data.', undefined, loaded);
    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuenow', '1');
  });

  it('asks for 12 characters for a sign-in password, and only hints for a stored one', async () => {
    const { unmount } = render(<Field />);
    await userEvent.type(screen.getByLabelText('Password'), 'Tr0ub4dor&3');
    expect(await screen.findByText('Use at least 12 characters.', undefined, loaded)).toBeInTheDocument();
    unmount();

    render(<Field required={false} />);
    await userEvent.type(screen.getByLabelText('Password'), 'Tr0ub4dor&3');
    await screen.findByText(/^(Strong|Very strong)$/, undefined, loaded);
    expect(screen.queryByText('Use at least 12 characters.')).not.toBeInTheDocument();
    expect(screen.queryByText(/strong enough/)).not.toBeInTheDocument();
  });
});

describe('strengthInputs', () => {
  it('gives the email, its name part, names and the product’s name in lower case, without blanks or repeats', () => {
    expect(strengthInputs('Ann@Example.test', ' Ann Smith ', '', null, 'Acme', 'acme')).toEqual([
      'clientstor',
      'client stor',
      'ann@example.test',
      'ann',
      'ann smith',
      'acme',
    ]);
  });
});
