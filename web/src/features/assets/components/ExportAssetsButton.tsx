import { ExportButton } from '../../../components/ExportButton';
import { useDownloadAssetsCsv } from '../api/downloadAssetsCsv';
import type { AssetFilters } from '../types';

/** Downloads every asset matching the list's filters (not only the page on screen). */
export function ExportAssetsButton({ orgId, filters }: { orgId: string; filters: AssetFilters }) {
  const download = useDownloadAssetsCsv();
  return <ExportButton download={download} onExport={() => download.mutate({ orgId, filters })} what="the assets" />;
}
