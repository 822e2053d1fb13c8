import Button from 'react-bootstrap/Button';
import { errorMessage } from '../../lib/problem';
import type { ItemType } from './types';
import { useChangeFavourite, useFavourites } from './useFavourites';

/** A five-pointed star, outlined or filled. */
export function StarIcon({ filled = false, size = 16 }: { filled?: boolean; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" fill={filled ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d="M8 1.6l1.95 4.05 4.45.6-3.25 3.08.8 4.42L8 11.62l-3.95 2.13.8-4.42L1.6 6.25l4.45-.6z" />
    </svg>
  );
}

export interface FavouriteButtonProps {
  type: ItemType;
  id: string;
  /** The item's name, in the button's accessible name: "Favourite Acme". */
  name: string;
}

/**
 * The star beside a page's title: a toggle button (aria-pressed) that keeps the item among the person's favourites on
 * the server, so the star follows them to any browser. Its name stays "Favourite <name>" (it starts with the visible
 * text, for speech input); the pressed state
 * (announced, and drawn as a filled star on a yellow button, not by colour alone) says whether it is one.
 */
export function FavouriteButton({ type, id, name }: FavouriteButtonProps) {
  const favourites = useFavourites();
  const change = useChangeFavourite();
  const stored = favourites.data?.some((f) => f.type === type && f.id === id) ?? false;
  // Shows the new state at once; the list read afterwards confirms it (or the error puts it back).
  const pressed = change.isPending ? change.variables.favourite : stored;
  return (
    <span className="d-inline-flex align-items-center gap-2">
      <Button
        variant={pressed ? 'warning' : 'outline-secondary'}
        className="d-inline-flex align-items-center gap-1"
        aria-pressed={pressed}
        aria-label={`Favourite ${name}`}
        title={pressed ? 'One of your favourites: press to remove it' : 'Add to your favourites'}
        // Not disabled while saving (a disabled button drops the keyboard focus): a second press waits for the first.
        disabled={favourites.isPending}
        onClick={() => {
          if (!change.isPending) change.mutate({ type, id, favourite: !pressed });
        }}
      >
        <StarIcon filled={pressed} />
        <span>Favourite</span>
      </Button>
      {change.isError && (
        <span role="alert" className="small text-danger">
          Could not change the favourite: {errorMessage(change.error)}
        </span>
      )}
    </span>
  );
}
