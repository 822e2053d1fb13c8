import type { JsonOf, paths } from '../../api/types';

/** The kinds of item a person can keep as a favourite or see among their recently opened items (the API's `itemType`). */
export type ItemType = 'org' | 'asset' | 'credential' | 'contact' | 'location' | 'subnet' | 'rack';

/** A favourite or recently opened item, resolved by the API from current data. */
export type MyItem = JsonOf<paths['/api/v1/me/favourites']['get']['responses'][200]>['items'][number];

/** The home dashboard: favourites, recent items, warranties ending, activity and top clients. */
export type Dashboard = JsonOf<paths['/api/v1/me/dashboard']['get']['responses'][200]>;
