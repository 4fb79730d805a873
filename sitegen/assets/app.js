// riskregister: sorting and filtering for the register table. The table is
// complete plain HTML without this script. No inline styles are set (the
// Content-Security-Policy forbids them): rows are hidden with the hidden
// attribute.
(function () {
  'use strict';
  var table = document.getElementById('register');
  if (!table || !table.tBodies.length) { return; }
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var total = rows.length;
  var count = document.getElementById('register-count');
  var controls = document.getElementById('register-controls');

  function cellValue(row, i) {
    var c = row.cells[i];
    if (!c) { return ''; }
    var v = c.getAttribute('data-value');
    return v !== null ? v : c.textContent.trim();
  }
  function compare(a, b) {
    var na = parseFloat(a), nb = parseFloat(b);
    if (!isNaN(na) && !isNaN(nb) && /^-?\d+(\.\d+)?$/.test(a) && /^-?\d+(\.\d+)?$/.test(b)) { return na - nb; }
    return a.localeCompare(b, document.documentElement.lang || 'ja');
  }

  var heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, i) {
    var btn = document.createElement('button');
    btn.type = 'button';
    btn.className = 'sort';
    while (th.firstChild) { btn.appendChild(th.firstChild); }
    th.appendChild(btn);
    btn.addEventListener('click', function () {
      var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir);
      var sign = dir === 'ascending' ? 1 : -1;
      var keyed = rows.map(function (r, idx) { return { r: r, k: cellValue(r, i), idx: idx }; });
      keyed.sort(function (x, y) { return sign * compare(x.k, y.k) || x.idx - y.idx; });
      var frag = document.createDocumentFragment();
      keyed.forEach(function (x) { frag.appendChild(x.r); });
      tbody.appendChild(frag);
    });
  });

  if (!controls) { return; }
  var label = document.createElement('label');
  label.textContent = controls.getAttribute('data-label-filter');
  var input = document.createElement('input');
  input.type = 'search';
  input.id = 'register-filter';
  label.appendChild(input);
  controls.appendChild(label);

  var kinds = [];
  rows.forEach(function (r) {
    var k = r.getAttribute('data-kind');
    if (kinds.indexOf(k) < 0) { kinds.push(k); }
  });
  var klabel = document.createElement('label');
  klabel.textContent = controls.getAttribute('data-label-kind');
  var select = document.createElement('select');
  select.id = 'register-kind';
  var all = document.createElement('option');
  all.value = '';
  all.textContent = controls.getAttribute('data-label-all');
  select.appendChild(all);
  kinds.forEach(function (k) {
    var o = document.createElement('option');
    o.value = k;
    o.textContent = k;
    select.appendChild(o);
  });
  klabel.appendChild(select);
  controls.appendChild(klabel);
  controls.hidden = false;

  var texts = rows.map(function (r) { return r.textContent.toLowerCase(); });
  function apply() {
    var q = input.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    var k = select.value;
    var shown = 0;
    rows.forEach(function (r, i) {
      var ok = (!k || r.getAttribute('data-kind') === k) && q.every(function (w) { return texts[i].indexOf(w) >= 0; });
      r.hidden = !ok;
      if (ok) { shown++; }
    });
    if (count) { count.textContent = '(' + (shown === total ? total : shown + ' / ' + total) + ')'; }
  }
  input.addEventListener('input', apply);
  select.addEventListener('change', apply);
})();
