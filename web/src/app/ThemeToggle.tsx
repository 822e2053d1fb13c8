import Dropdown from 'react-bootstrap/Dropdown';
import { setThemePreference, useThemePreference, type ThemePreference } from '../lib/colorScheme';
import { MoonIcon, SunIcon, SystemIcon } from './ShellIcons';

const CHOICES: { value: ThemePreference; label: string; Icon: () => React.JSX.Element }[] = [
  { value: 'system', label: 'System', Icon: SystemIcon },
  { value: 'light', label: 'Light', Icon: SunIcon },
  { value: 'dark', label: 'Dark', Icon: MoonIcon },
];

/** System / Light / Dark in the top bar; remembered in this browser (localStorage) and applied before the first paint. */
export function ThemeToggle() {
  const preference = useThemePreference();
  const chosen = CHOICES.find((c) => c.value === preference) ?? CHOICES[0];
  return (
    <Dropdown align={{ lg: 'end' }}>
      <Dropdown.Toggle variant="outline-light" size="sm" id="theme-toggle" aria-label={`Colour theme: ${chosen.label}`} title={`Colour theme: ${chosen.label}`}>
        <chosen.Icon />
      </Dropdown.Toggle>
      <Dropdown.Menu aria-label="Colour theme">
        {CHOICES.map(({ value, label, Icon }) => (
          <Dropdown.Item
            key={value}
            as="button"
            role="menuitemradio"
            aria-checked={value === preference}
            active={value === preference}
            onClick={() => setThemePreference(value)}
            className="d-flex align-items-center gap-2"
          >
            <Icon />
            {label}
          </Dropdown.Item>
        ))}
      </Dropdown.Menu>
    </Dropdown>
  );
}
