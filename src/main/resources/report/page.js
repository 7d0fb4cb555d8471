(function () {
  'use strict';
  var specs = JSON.parse(document.getElementById('chart-specs').textContent);
  var FILTERS = ['government', 'actor', 'target', 'frame', 'outlet', 'period'];
  var xd = document.getElementById('explorer-data');
  var X = xd ? JSON.parse(xd.textContent) : null;
  var rows = [];
  var state = {};
  if (X) {
    rows = X.rows.map(function (r) {
      var o = {};
      X.columns.forEach(function (c, i) { o[c] = r[i]; });
      o.targetList = o.targets ? o.targets.split('|').map(function (t) {
        var i = t.lastIndexOf(':');
        return i > 0 ? t.slice(0, i) : t;
      }) : [];
      o.frameList = o.frames ? o.frames.split('|') : [];
      return o;
    });
  }
  function values(r, k) {
    if (k === 'target') return r.targetList;
    if (k === 'frame') return r.frameList;
    if (k === 'outlet') return [r.outlet_group, r.outlet];
    return [r[k] == null ? '' : String(r[k])];
  }
  function matches(r) {
    for (var i = 0; i < FILTERS.length; i++) {
      var k = FILTERS[i];
      var v = state[k];
      if (v == null || v === '') continue;
      if (values(r, k).indexOf(v) < 0) return false;
    }
    return true;
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  var panel = document.getElementById('explorer');
  var selects = {};
  if (panel && X) {
    FILTERS.forEach(function (k) {
      var s = document.getElementById('x-' + k);
      if (!s) return;
      var seen = {};
      rows.forEach(function (r) {
        (k === 'outlet' ? [r.outlet_group] : values(r, k)).forEach(function (v) { if (v !== '') seen[v] = true; });
      });
      Object.keys(seen).sort().forEach(function (v) {
        var o = el('option', null, v);
        o.value = v;
        s.appendChild(o);
      });
      s.addEventListener('change', function () { state[k] = s.value; render(); });
      selects[k] = s;
    });
    document.getElementById('x-clear').addEventListener('click', function () { show({}); });
    document.getElementById('x-close').addEventListener('click', function () {
      panel.classList.remove('open');
      panel.setAttribute('data-open', 'false');
    });
  }
  function render() {
    var list = document.getElementById('x-list');
    list.textContent = '';
    var hits = rows.filter(matches);
    var shown = hits.slice(0, 250);
    var desc = FILTERS.filter(function (k) { return state[k]; }).map(function (k) { return k + ' = ' + state[k]; });
    document.getElementById('x-count').textContent = hits.length + ' sampled statement' + (hits.length === 1 ? '' : 's')
      + (desc.length ? ' where ' + desc.join(', ') : '') + (hits.length > shown.length ? ' (first ' + shown.length + ' shown)' : '');
    shown.forEach(function (r) {
      var li = el('li', 'stmt');
      li.appendChild(el('q', null, r.sentence || r.content));
      var meta = el('div', 'meta');
      meta.appendChild(el('b', null, r.speaker || r.actor));
      meta.appendChild(document.createTextNode(' [' + r.actor + '] (' + r.government + ') · ' + r.outlet + ' · '
        + (r.published || 'undated') + ' · '));
      if (/^https?:\/\//i.test(r.url || '')) {
        var a = el('a', null, 'article');
        a.href = r.url;
        a.rel = 'noopener noreferrer nofollow';
        meta.appendChild(a);
        meta.appendChild(document.createTextNode(' · '));
      }
      meta.appendChild(el('code', null, r.statement_id));
      li.appendChild(meta);
      if (r.targets || r.frames) {
        li.appendChild(el('div', 'tags', (r.targets ? 'stance: ' + r.targets.split('|').join(', ') : '')
          + (r.targets && r.frames ? ' · ' : '') + (r.frames ? 'frames: ' + r.frames.split('|').join(', ') : '')));
      }
      list.appendChild(li);
    });
  }
  function show(f) {
    if (!panel || !X) return;
    state = {};
    FILTERS.forEach(function (k) {
      var v = f[k];
      if (v != null && v !== '' && v !== '(all)') state[k] = String(v);
    });
    FILTERS.forEach(function (k) {
      var s = selects[k];
      if (!s) return;
      if (state[k] && !Array.prototype.some.call(s.options, function (o) { return o.value === state[k]; })) {
        var o = el('option', null, state[k]);
        o.value = state[k];
        s.appendChild(o);
      }
      s.value = state[k] || '';
    });
    panel.classList.add('open');
    panel.setAttribute('data-open', 'true');
    render();
  }
  document.addEventListener('click', function (e) {
    var a = e.target.closest ? e.target.closest('a.xlink') : null;
    if (!a) return;
    e.preventDefault();
    var f = {};
    FILTERS.forEach(function (k) { if (a.hasAttribute('data-' + k)) f[k] = a.getAttribute('data-' + k); });
    show(f);
  });
  var ids = Object.keys(specs);
  var failed = 0;
  Promise.all(ids.map(function (id) {
    return vegaEmbed('#' + id, specs[id], {renderer: 'svg', actions: false})
      .then(function (res) {
        var ex = specs[id].usermeta && specs[id].usermeta.explore;
        if (!ex) return;
        res.view.addEventListener('click', function (ev, item) {
          if (!item || !item.datum) return;
          var f = {};
          Object.keys(ex).forEach(function (k) {
            var v = item.datum[ex[k]];
            if (v != null && typeof v !== 'object') f[k] = v;
          });
          show(f);
        });
      })
      .catch(function (e) { failed++; console.error('chart ' + id + ' failed: ' + e); });
  })).then(function () {
    document.body.setAttribute('data-charts', failed ? 'failed' : 'ready');
    // a link such as index.html#explorer?government=USA&target=RUS opens the explorer so filtered
    var h = location.hash;
    if (h.indexOf('#explorer?') === 0) {
      var f = {};
      h.slice(10).split('&').forEach(function (kv) {
        var i = kv.indexOf('=');
        if (i > 0) f[decodeURIComponent(kv.slice(0, i))] = decodeURIComponent(kv.slice(i + 1));
      });
      show(f);
    }
  });
})();
