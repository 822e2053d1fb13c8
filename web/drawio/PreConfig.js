/**
 * ClientStor's PreConfig.js for the self-hosted diagrams.net editor (served in place of the package's js/PreConfig.js,
 * which draw.io loads before the app for exactly this: settings that must exist first).
 *
 * The editor runs in an iframe sandboxed without allow-same-origin: an opaque origin, so nothing in a diagram can
 * reach the SPA's session. Cookies and Web Storage throw there; in-memory stand-ins keep the editor working. Nothing
 * persists and nothing is shared.
 */
(function () {
  function memoryStorage() {
    var data = Object.create(null);
    return {
      get length() { return Object.keys(data).length; },
      key: function (i) { return Object.keys(data)[i] || null; },
      getItem: function (k) { return k in data ? data[k] : null; },
      setItem: function (k, v) { data[k] = String(v); },
      removeItem: function (k) { delete data[k]; },
      clear: function () { data = Object.create(null); },
    };
  }
  try {
    void document.cookie;
  } catch (e) {
    var jar = '';
    Object.defineProperty(Document.prototype, 'cookie', { configurable: true, get: function () { return jar; }, set: function () {} });
  }
  ['localStorage', 'sessionStorage'].forEach(function (name) {
    try {
      void window[name].length;
    } catch (e) {
      Object.defineProperty(window, name, { configurable: true, value: memoryStorage() });
    }
  });
})();

// No export, PlantUML, viewer or icon-search service: everything stays in this browser and this origin.
window.EXPORT_URL = null;
window.PLANT_URL = null;
window.DRAWIO_BASE_URL = null;
window.DRAWIO_VIEWER_URL = null;
window.DRAW_MATH_URL = 'math';
window.DRAWIO_CONFIG = null;
urlParams['sync'] = 'manual';
