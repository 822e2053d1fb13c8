import { assetTypeName } from '../assetTypes';
import { locationTree } from '../locations';
import type { AssetType, Location } from '../types';

/** `<option>`s of the asset types: built-in ones, then the organisation's custom types. */
export function TypeOptions({ types }: { types: readonly AssetType[] | undefined }) {
  const builtIn = (types ?? []).filter((t) => t.builtIn);
  const custom = (types ?? []).filter((t) => !t.builtIn);
  return (
    <>
      <optgroup label="Built-in types">
        {builtIn.map((t) => (
          <option key={t.key} value={t.key}>
            {assetTypeName(t)}
          </option>
        ))}
      </optgroup>
      {custom.length > 0 && (
        <optgroup label="Custom types">
          {custom.map((t) => (
            <option key={t.key} value={t.key}>
              {assetTypeName(t)}
            </option>
          ))}
        </optgroup>
      )}
    </>
  );
}

/** `<option>`s of the locations: each site followed by its closets, indented. */
export function LocationOptions({ locations, onlySites = false }: { locations: readonly Location[] | undefined; onlySites?: boolean }) {
  return (
    <>
      {locationTree(locations ?? [])
        .filter(({ location }) => !onlySites || location.kind !== 'closet')
        .map(({ location, depth }) => (
          <option key={location.id} value={location.id}>
            {'\u00a0\u00a0\u00a0'.repeat(depth)}
            {location.name}
            {location.kind === 'closet' ? ' (closet)' : ''}
          </option>
        ))}
    </>
  );
}
