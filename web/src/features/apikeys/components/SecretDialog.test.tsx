import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ciKey, issued } from '../testData';
import { curlExample, SecretDialog } from './SecretDialog';

const secret = issued(ciKey, 'css_abc-DEF_123');

describe('SecretDialog', () => {
  it('shows the client id and secret once, with copy buttons and a ready curl command for this origin', async () => {
    const user = userEvent.setup();
    render(<SecretDialog title="API key created" issued={secret} onClose={() => {}} />);

    const dialog = screen.getByRole('dialog', { name: 'API key created' });
    expect(dialog).toHaveTextContent('It will not be shown again');
    expect(screen.getByLabelText('Client ID')).toHaveValue(ciKey.clientId);
    expect(screen.getByLabelText('Client secret')).toHaveValue('css_abc-DEF_123');
    const curl = `curl -s -X POST ${window.location.origin}/connect/token -d grant_type=client_credentials -d client_id=${ciKey.clientId} -d client_secret=css_abc-DEF_123`;
    expect(screen.getByTestId('secret-curl')).toHaveTextContent(curl);

    await user.click(screen.getByRole('button', { name: 'Copy client secret' }));
    expect(await navigator.clipboard.readText()).toBe('css_abc-DEF_123');
    expect(screen.getByRole('status')).toHaveTextContent('Client secret copied to the clipboard.');
    await user.click(screen.getByRole('button', { name: 'Copy client ID' }));
    expect(await navigator.clipboard.readText()).toBe(ciKey.clientId);
    await user.click(screen.getByRole('button', { name: 'Copy curl command' }));
    expect(await navigator.clipboard.readText()).toBe(curl);
  });

  it('closes only after "I have stored the secret" is ticked', async () => {
    const onClose = vi.fn();
    render(<SecretDialog title="New secret issued" issued={secret} onClose={onClose} />);

    const done = screen.getByRole('button', { name: 'Done' });
    expect(done).toBeDisabled();
    // Neither Escape nor a header close button dismisses it.
    await userEvent.keyboard('{Escape}');
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Close' })).not.toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'New secret issued' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('checkbox', { name: 'I have stored the secret' }));
    expect(done).toBeEnabled();
    await userEvent.click(done);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('says so when the clipboard is not available', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<SecretDialog title="API key created" issued={secret} onClose={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Copy client secret' }));
    expect(await screen.findByText(/Could not copy/)).toBeInTheDocument();
  });
});

describe('curlExample', () => {
  it('asks /connect/token for a client-credentials token', () => {
    expect(curlExample('https://cs.example.test', 'csk_1', 'css_2')).toBe(
      'curl -s -X POST https://cs.example.test/connect/token -d grant_type=client_credentials -d client_id=csk_1 -d client_secret=css_2',
    );
  });
});
