// riskregister serve: polls ../__version (relative to this script) every
// second and reloads the page when the site was rebuilt. Only included by
// `riskregister serve`.
(function () {
  'use strict';
  var me = document.currentScript;
  var url = new URL('../__version', me ? me.src : location.href).href;
  var current = null;
  function poll() {
    fetch(url, { cache: 'no-store' })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (v) {
        if (v === null) { return; }
        if (current === null) { current = v; } else if (v !== current) { location.reload(); }
      })
      .catch(function () {})
      .then(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
