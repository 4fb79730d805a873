// riskregister serve: asks ../__version (relative to this script) for the
// number of builds, then waits on ../__version?after=N, which answers as
// soon as the site is rebuilt, and reloads the page when the number
// changed. Only included by `riskregister serve`.
(function () {
  'use strict';
  var me = document.currentScript;
  var url = new URL('../__version', me ? me.src : location.href).href;
  var current = null;
  function poll() {
    var ok = false;
    fetch(current === null ? url : url + '?after=' + encodeURIComponent(current), { cache: 'no-store' })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (v) {
        if (v === null) { return; }
        ok = true;
        if (current === null) { current = v; } else if (v !== current) { location.reload(); }
      })
      .catch(function () {})
      .then(function () { setTimeout(poll, ok ? 0 : 1000); });
  }
  poll();
})();
