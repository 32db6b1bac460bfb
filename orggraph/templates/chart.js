{% raw %}
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("orggraph-data").textContent);
  // The data comes in columns with one table of the page's strings (a body, a grade or a
  // title used by many posts is stored once); what only the details panel and tooltips
  // show (evidence, source, notes, dates, headcount) is decoded block by block when asked.
  var S = D.str;
  function unpackNodes(c) {
    var out = new Array(c.id.length), str = function (j) { return j >= 0 ? S[j] : undefined; };
    for (var i = 0; i < out.length; i++) {
      var q = 4 * i;
      out[i] = { id: c.id[i], n: S[c.n[i]], k: D.kinds[c.k[i]], o: c.o[i], b: str(c.b[i]), g: str(c.g[i]),
                 kd: str(c.kd[i]), a: undefined, h: undefined,
                 sp: c.sp[q] >= 0 ? [c.sp[q], c.sp[q + 1], c.sp[q + 2], c.sp[q + 3]] : undefined };
    }
    ["a", "h"].forEach(function (key) {
      Object.keys(c[key]).forEach(function (i) { out[+i][key] = c[key][i].map(function (j) { return S[j]; }); });
    });
    return out;
  }
  function unpackEdges(c) {
    var out = new Array(c.f.length);
    for (var k = 0; k < out.length; k++) { out[k] = { f: c.f[k], t: c.t[k], y: c.y[k], r: undefined }; }
    Object.keys(c.r).forEach(function (k) { out[+k].r = S[c.r[k]]; });
    return out;
  }
  var nameOf = D.nodes.n;
  D.nodes = unpackNodes(D.nodes);
  D.edges = unpackEdges(D.edges);
  var blocks = [], decoding = [];
  function decode(b) {   // one block of details: gzip'd JSON in base64, inflated by the browser
    if (!decoding[b]) {
      var bin = atob(document.getElementById("orggraph-detail-" + b).textContent.trim()), bytes = new Uint8Array(bin.length);
      for (var j = 0; j < bin.length; j++) { bytes[j] = bin.charCodeAt(j); }
      decoding[b] = new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).text()
        .then(function (text) { blocks[b] = JSON.parse(text); });
    }
    return decoding[b];
  }
  function withDetails(nodes, edges, then) {   // then(), once the details of these are decoded
    var need = new Set();
    nodes.forEach(function (i) { need.add(Math.floor(i / D.block)); });
    edges.forEach(function (k) { need.add(Math.floor(k / D.block)); });
    var missing = Array.from(need).filter(function (b) { return !blocks[b]; });
    if (!missing.length) { then(); } else { Promise.all(missing.map(decode)).then(then); }
  }
  function decodeAll(b) {   // every block, one at a time when the page is idle
    if (b >= D.blocks) { window.orggraphDetailsReady = true; return; }
    var idle = window.requestIdleCallback || function (f) { setTimeout(f, 50); };
    idle(function () { decode(b).then(function () { decodeAll(b + 1); }); });
  }
  function detail(kind, i) {   // {ev, s, no, v, hc} of node i ("n") or relationship i ("e"), decoded
    var r = blocks[Math.floor(i / D.block)][kind][i % D.block];
    return { ev: r[0] || "", s: r.length > 1 ? r[1] : -1, no: r[2], v: r[3], hc: r[4] };
  }
  var N = D.nodes, E = D.edges, T = D.types, ORGS = D.orgs;
  var CW = 250, GAPX = 28, GAPY = 46, SPINE = 22, ROOTGAP = 64;   // org chart (px)
  var NW = 170, NH = 52, GX = 60, GY = 60, LANE = 4;              // network grid (px)
  var KINDS = { post: ["▭", "post"], organisation: ["⬢", "organisation (trust, ICB, PCT …)"],
                governance: ["◆", "board, committee, panel …"], unit: ["■", "directorate, team …"],
                person: ["★", "named person"] };

  // --- the model ---------------------------------------------------------------------------
  // Built for 50,000 posts: typed arrays, and no array for a node with nothing in it.
  function csr(end) {   // each node's relationships (by index) leaving it ("f") or reaching it ("t")
    var ptr = new Int32Array(N.length + 1), idx = new Int32Array(E.length), at;
    E.forEach(function (e) { ptr[e[end] + 1] += 1; });
    for (var i = 0; i < N.length; i++) { ptr[i + 1] += ptr[i]; }
    at = ptr.slice(0, N.length);
    E.forEach(function (e, k) { idx[at[e[end]]++] = k; });
    return function (n) { return Array.prototype.slice.call(idx, ptr[n], ptr[n + 1]); };
  }
  var outE = csr("f"), inE = csr("t");
  var accType = new Set(), depType = -1;
  T.forEach(function (t, i) { if (t.accountability) { accType.add(i); } if (t.type === "DEPUTISES_FOR") { depType = i; } });
  var up = D.tree.up, also = D.tree.also, dep = D.tree.dep;   // up: the post each hangs under, -1 for none
  var NONE = Object.freeze([]);
  var kids = new Array(N.length).fill(NONE);
  for (var u = 0; u < up.length; u++) {
    if (up[u] >= 0) { if (kids[up[u]] === NONE) { kids[up[u]] = []; } kids[up[u]].push(u); }
  }
  var rank = new Int32Array(N.length);   // each node's place in name order, sorted once
  (function () {   // natural order of the distinct names, then of nodes by name
    var pad = function (d) { return ("0000000000" + d).slice(-10); };
    var key = S.map(function (x) { return x.toLowerCase().replace(/\d+/g, pad); });
    var byKey = S.map(function (x, j) { return j; });
    byKey.sort(function (a, b) { return key[a] < key[b] ? -1 : key[a] > key[b] ? 1 : a - b; });
    var sRank = new Int32Array(S.length);
    byKey.forEach(function (j, r) { sRank[j] = r; });
    var order = new Int32Array(N.length).map(function (x, i) { return i; });
    order.sort(function (a, b) { return sRank[nameOf[a]] - sRank[nameOf[b]] || a - b; });
    order.forEach(function (i, r) { rank[i] = r; });
  }());
  var byName = function (a, b) { return rank[a] - rank[b]; };
  // A deputy with no one beneath is drawn inside the card of the post it covers.
  var attached = new Array(N.length).fill(NONE), attachedTo = {};
  Object.keys(dep).forEach(function (k) {
    var d = +k, p = dep[k][0];
    if (kids[d].length === 0 && N[p].o === N[d].o) {
      if (attached[p] === NONE) { attached[p] = []; }
      attached[p].push(d); attachedTo[d] = p;
    }
  });
  kids.forEach(function (ks, i) { if (ks !== NONE) { kids[i] = ks.filter(function (c) { return !(c in attachedTo); }).sort(byName); } });
  attached.forEach(function (ds) { if (ds !== NONE) { ds.sort(byName); } });
  var roots = ORGS.map(function () { return []; }), unlined = ORGS.map(function () { return []; });
  N.forEach(function (n, i) {
    if (n.k !== "post" || up[i] >= 0 || i in attachedTo) { return; }
    if (kids[i].length || also[i] || attached[i].length) { roots[n.o].push(i); } else { unlined[n.o].push(i); }
  });
  var postsIn = ORGS.map(function () { return 0; });
  N.forEach(function (n) { if (n.k === "post") { postsIn[n.o] += 1; } });

  var state = { view: D.layout === "network" ? "net" : "tree", org: 0, open: new Set(),
                hidden: new Set(), hits: [], hit: -1, focus: null, lit: null,
                x: 0, y: 0, k: 1, textLimit: 200 };
  // The network opens on the lines of accountability and deputising only, so the first look
  // is a picture a person can follow; every other type is one tick away in the legend.
  // (Containment and the holder of each post are named on every card and node already.)
  T.forEach(function (t, y) { if (!accType.has(y) && y !== depType) { state.hidden.add(y); } });
  state.org = postsIn.indexOf(Math.max.apply(null, postsIn.concat([0])));
  if (state.org < 0) { state.org = 0; }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function where(i) {
    var n = N[i], parts = [];
    if (n.b) { parts.push(n.b); }
    parts.push(ORGS[n.o].name);
    return parts.join(", ");
  }
  function spanText(n) {
    // the span engine's figures (direct, total, layer, layers beneath), as the questions give them
    if (!n.sp) { return ""; }
    var layer = n.sp[2] ? "layer " + n.sp[2] : "no line to a top post";
    return n.sp[0] ? layer + " · " + n.sp[0] + " direct · " + n.sp[1] + " in total" : layer + " · no reports";
  }

  // --- pan and zoom ------------------------------------------------------------------------
  var stage = document.getElementById("stage"), world = document.getElementById("world");
  var svg = document.getElementById("links"), cards = document.getElementById("cards");
  var NS = "http://www.w3.org/2000/svg";
  function apply() {
    world.style.transform = "translate(" + state.x + "px," + state.y + "px) scale(" + state.k + ")";
    if (state.view === "tree") { cull(); paint(); }
  }
  // Wheel and drag events only move the view; it is drawn once a frame, however many came.
  var frame = 0;
  function schedule() {
    if (!frame) { frame = requestAnimationFrame(function () { frame = 0; apply(); }); }
  }
  function zoomAt(f, cx, cy, later) {
    var k = Math.min(2.5, Math.max(Math.min(0.05, state.k), state.k * f));
    state.x = cx - (cx - state.x) * k / state.k;
    state.y = cy - (cy - state.y) * k / state.k;
    state.k = k;
    if (later) { schedule(); } else { apply(); }
  }
  stage.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    hideTip();
    var r = stage.getBoundingClientRect();
    zoomAt(Math.exp(-ev.deltaY * 0.0015), ev.clientX - r.left, ev.clientY - r.top, true);
  }, { passive: false });
  var drag = null;
  stage.addEventListener("pointerdown", function (ev) {
    if (ev.button !== 0) { return; }
    drag = { x: ev.clientX, y: ev.clientY, sx: state.x, sy: state.y, moved: false };
    hideTip();
  });
  window.addEventListener("pointermove", function (ev) {
    if (!drag) { return; }
    var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 5) { return; }
    drag.moved = true;
    stage.classList.add("panning");
    state.x = drag.sx + dx; state.y = drag.sy + dy;
    schedule();
  });
  window.addEventListener("pointerup", function () {
    if (drag && drag.moved) { stage.dataset.dragged = "1"; setTimeout(function () { delete stage.dataset.dragged; }, 0); }
    drag = null;
    stage.classList.remove("panning");
  });
  function centreOn(box) {
    var w = stage.clientWidth, h = stage.clientHeight;
    state.k = Math.max(state.k, 0.85);
    state.x = w / 2 - (box.x + box.w / 2) * state.k;
    state.y = Math.min(h / 3, h / 2 - box.h / 2 * state.k) - box.y * state.k;
    apply();
  }
  function frameLines(i, box) {   // the network: a post and every node its lines join, in view
    var x0 = box.x, y0 = box.y, x1 = box.x + box.w, y1 = box.y + box.h;
    routes.forEach(function (r) {
      var e = E[r.e];
      if (e.f !== i && e.t !== i) { return; }
      r.pts.concat([[boxOf.get(e.f).x, boxOf.get(e.f).y], [boxOf.get(e.t).x + NW, boxOf.get(e.t).y + NH]]).forEach(function (q) {
        x0 = Math.min(x0, q[0]); y0 = Math.min(y0, q[1]); x1 = Math.max(x1, q[0]); y1 = Math.max(y1, q[1]);
      });
    });
    var k = Math.min(0.85, (stage.clientWidth - 24) / (x1 - x0 + 40), (stage.clientHeight - 24) / (y1 - y0 + 40));
    if (k < 0.6) { centreOn(box); return; }   // too small to read (a phone): the post, readable
    state.k = k;
    state.x = stage.clientWidth / 2 - (x0 + x1) / 2 * k;
    state.y = stage.clientHeight / 2 - (y0 + y1) / 2 * k;
    apply();
  }
  function fit(minK) {
    var w = stage.clientWidth - 24, h = stage.clientHeight - 24;
    var k = Math.min(1, w / layout.w, h / layout.h);
    if (minK) { k = Math.max(k, minK); }
    state.k = k;
    state.x = Math.max(12, (stage.clientWidth - layout.w * k) / 2);
    state.y = 12;
    apply();
  }

  // --- org chart layout ----------------------------------------------------------------
  function cardH(i) {
    var h = 14 + 18 * titleLines(i) + 17 * 3;
    if (also[i]) { h += 51 * Math.min(also[i].length, 2); }
    h += 38 * attached[i].length;
    if (i in dep && !(i in attachedTo)) { h += 34; }
    if (kids[i].length) { h += togText(i).length > 30 ? 36 : 20; }
    return h;
  }
  function titleLines(i) { return Math.min(3, Math.max(1, Math.ceil(N[i].n.length / 22))); }
  function togText(i) {
    var k = kids[i].length, open = isOpen(i);
    var levels = N[i].sp ? N[i].sp[3] : 0;
    return (open ? "▾ close " : "▸ open ") + k + " card" + (k > 1 ? "s" : "") + (levels ? " · " + levels + " level" + (levels > 1 ? "s" : "") + " beneath" : "");
  }
  function isOpen(i) { return state.open.has(i) && kids[i].length > 0; }
  function measure(i) {
    var me = { id: i, ch: cardH(i), w: CW, h: cardH(i), items: [] };
    if (!isOpen(i)) { return me; }
    var leaves = [], subs = [];
    kids[i].forEach(function (c) { (isOpen(c) ? subs : leaves).push(c); });
    var items = [];
    if (leaves.length > 3 || (leaves.length > 1 && subs.length)) {
      items.push(grid(leaves));
    } else {
      leaves.forEach(function (c) { items.push(measure(c)); });
    }
    subs.forEach(function (c) { items.push(measure(c)); });
    var rowW = items.reduce(function (s, it) { return s + it.w; }, 0) + GAPX * (items.length - 1);
    me.items = items;
    me.rowW = rowW;
    me.w = Math.max(CW, rowW);
    me.h = me.ch + GAPY + Math.max.apply(null, items.map(function (it) { return it.h; }));
    return me;
  }
  function grid(leaves) {
    // at most four columns: twenty reports (four by five) fit a 1440 px screen at a
    // zoom whose card text is 11 px or more
    var n = leaves.length, cols = Math.min(4, Math.max(2, Math.ceil(Math.sqrt(n))));
    cols = Math.min(cols, n);
    var rows = Math.ceil(n / cols), rowH = [];
    leaves.forEach(function (c, j) { var r = j % rows; rowH[r] = Math.max(rowH[r] || 0, cardH(c)); });
    var h = rowH.reduce(function (s, x) { return s + x + 14; }, 0) - 14;
    return { grid: leaves, cols: cols, rows: rows, rowH: rowH, w: cols * (SPINE + CW) + (cols - 1) * GAPX, h: h };
  }
  function place(b, x, y, out) {
    if (b.grid) { return placeGrid(b, x, y, out); }
    var cx = x + (b.w - CW) / 2;
    out.cards.push({ id: b.id, x: cx, y: y, w: CW, h: b.ch });
    if (!b.items.length) { return; }
    var busY = y + b.ch + GAPY / 2, rx = x + (b.w - b.rowW) / 2, tops = [];
    b.items.forEach(function (it) {
      var anchor = it.grid ? rx + SPINE / 2 : rx + it.w / 2;
      if (it.grid) { for (var c = 0; c < it.cols; c++) { tops.push(rx + c * (SPINE + CW + GAPX) + SPINE / 2); } }
      else { tops.push(anchor); }
      place(it, rx, y + b.ch + GAPY, out);
      rx += it.w + GAPX;
    });
    var px = cx + CW / 2, xs = tops.concat([px]).sort(function (p, q) { return p - q; });
    line(out, px, y + b.ch, px, busY);
    for (var j = 1; j < xs.length; j++) { if (xs[j] > xs[j - 1]) { line(out, xs[j - 1], busY, xs[j], busY); } }
    tops.forEach(function (t) { line(out, t, busY, t, y + b.ch + GAPY); });
  }
  // Each connector is its own short segment, so the lines drawn are only those near the
  // screen, never a bus the width of the whole organisation.
  function line(out, x0, y0, x1, y1) {
    out.paths.push({ d: "M" + x0 + "," + y0 + "L" + x1 + "," + y1, x0: x0, y0: y0, x1: x1, y1: y1 });
  }
  function placeGrid(g, x, y, out) {
    var rowY = [], acc = y;
    g.rowH.forEach(function (h, r) { rowY[r] = acc; acc += h + 14; });
    for (var c = 0; c < g.cols; c++) {
      var sx = x + c * (SPINE + CW + GAPX) + SPINE / 2;
      for (var r = 0; r < g.rows; r++) {
        var j = c * g.rows + r;
        if (j >= g.grid.length) { break; }
        var id = g.grid[j], h = cardH(id);
        out.cards.push({ id: id, x: sx + SPINE / 2, y: rowY[r], w: CW, h: h });
        line(out, sx, rowY[r] + 20, sx + SPINE / 2, rowY[r] + 20);
        line(out, sx, r ? rowY[r - 1] + 20 : y, sx, rowY[r] + 20);
      }
    }
  }
  function layoutTree() {
    var out = { cards: [], paths: [], w: 0, h: 0, panel: null };
    var rs = roots[state.org], un = unlined[state.org], room = (stage.clientWidth - 24) / 0.85;
    var side = un.length && room >= 1000 && rs.length, shelfW = Math.max(CW, room - (side ? 300 + ROOTGAP : 0));
    var x = 0, y = 0, shelfH = 0;
    rs.forEach(function (r) {
      var b = measure(r);
      if (x > 0 && x + b.w > shelfW) { x = 0; y += shelfH + ROOTGAP; shelfH = 0; }
      place(b, x, y, out);
      x += b.w + ROOTGAP; shelfH = Math.max(shelfH, b.h);
      out.w = Math.max(out.w, x - ROOTGAP);
    });
    out.h = y + shelfH;
    if (un.length) {
      var ph = 40 + 26 * un.length + 18 * un.filter(function (i) { return N[i].n.length > 34; }).length;
      var px = side ? out.w + ROOTGAP : 0, py = side || !rs.length ? 0 : out.h + ROOTGAP;
      out.panel = { x: px, y: py, w: 300, h: ph };
      out.w = Math.max(out.w, px + 300);
      out.h = Math.max(out.h, py + ph);
    }
    return out;
  }

  // --- drawing the org chart ------------------------------------------------------------
  var layout = { w: 1, h: 1 }, cardOf = new Map(), boxOf = new Map();
  function card(i) {
    var n = N[i], c = el("div", null, "card");
    c.id = "n" + i;
    c.dataset.i = i;
    c.setAttribute("role", "treeitem");
    c.tabIndex = -1;
    c.style.setProperty("--org", ORGS[n.o].colour);
    c.appendChild(el("div", n.n, "t"));
    c.appendChild(el("div", (n.h && n.h.length ? n.h.join(", ") : "holder not named") + (n.g ? " · " + n.g : ""), "m"));
    c.appendChild(el("div", n.b || ORGS[n.o].name, "m"));
    c.appendChild(el("div", spanText(n), "m"));
    (also[i] || []).slice(0, 2).forEach(function (j) {
      var other = N[j].o !== n.o ? " (" + ORGS[N[j].o].name + ")" : "";
      c.appendChild(el("div", "Also answers to: " + N[j].n + other, "also"));
    });
    attached[i].forEach(function (d) {
      var row = el("div", null, "dep");
      row.dataset.i = d;
      if (state.hits.indexOf(d) >= 0) { row.classList.add("hit"); }
      row.appendChild(el("b", "Deputy: "));
      row.appendChild(document.createTextNode(N[d].n));
      c.appendChild(row);
    });
    if (i in dep && !(i in attachedTo)) {   // a deputy with reports of its own: marked, under its line
      c.classList.add("badge-deputy");
      c.appendChild(el("div", "Deputy for: " + dep[i].map(function (p) { return N[p].n; }).join("; "), "deputy-for"));
    }
    if (kids[i].length) {
      var open = isOpen(i);
      c.setAttribute("aria-expanded", open ? "true" : "false");
      c.appendChild(el("div", togText(i), "tog"));
    }
    var label = [n.n, n.h && n.h.length ? "held by " + n.h.join(", ") : "", where(i), "span " + spanText(n)];
    if (i in dep) { label.push("deputy for " + dep[i].map(function (p) { return N[p].n; }).join(", ")); }
    c.setAttribute("aria-label", label.filter(Boolean).join("; "));
    return c;
  }
  var SEMANTIC = 0.5;   // below this zoom (card text under 7 px) the org chart is drawn as boxes on a canvas
  var canvas = document.getElementById("paint"), treePath = null, boxesPath = null, hitsPath = null, levelOf = {};
  function drawTree() {
    layout = layoutTree();
    levelOf = {};
    roots[state.org].forEach(function (r) { levelOf[r] = 1; });
    layout.cards.forEach(function (b) { levelOf[b.id] = levelOf[b.id] || (levelOf[up[b.id]] || 1) + 1; });
    cards.replaceChildren();
    svg.replaceChildren();
    cardOf.clear(); boxOf.clear();
    cards.setAttribute("role", "tree");
    cards.setAttribute("aria-label", "Org chart of " + ORGS[state.org].name);
    layout.cards.forEach(function (b) { boxOf.set(b.id, b); });
    treePath = layout.paths.map(function (q) { q.p = new Path2D(q.d); return q; });
    boxesPath = new Path2D(); hitsPath = new Path2D();   // the cards as boxes, for far out
    layout.cards.forEach(function (b) {
      boxesPath.rect(b.x, b.y, b.w, b.h);
      if (state.hits.indexOf(b.id) >= 0) { hitsPath.rect(b.x - 6, b.y - 6, b.w + 12, b.h + 12); }
    });
    drawSecondLines();
    if (layout.panel) { drawPanel(layout.panel); }
    svg.setAttribute("width", "1"); svg.setAttribute("height", "1");   // its lines overflow it
    drawnLines = null;
  }
  // Only the cards in view are on the page (and the one with the keyboard focus), so
  // panning and zooming stay fast with thousands open; far out, boxes on the canvas.
  function cull() {
    var k = state.k, m = 300;
    var x0 = -state.x / k - m, y0 = -state.y / k - m;
    var x1 = x0 + stage.clientWidth / k + 2 * m, y1 = y0 + stage.clientHeight / k + 2 * m;
    var want = new Set();
    if (k >= SEMANTIC) {
      layout.cards.forEach(function (b) {
        if (b.x < x1 && b.x + b.w > x0 && b.y < y1 && b.y + b.h > y0) { want.add(b.id); }
      });
    }
    if (state.focus !== null && boxOf.has(state.focus) && !boxOf.get(state.focus).panel) { want.add(state.focus); }
    cardOf.forEach(function (c, i) { if (!want.has(i)) { c.remove(); cardOf.delete(i); } });
    var frag = document.createDocumentFragment();
    want.forEach(function (i) {
      if (cardOf.has(i)) { return; }
      var b = boxOf.get(i), c = card(i);
      c.setAttribute("aria-level", String(levelOf[i] || 1));
      c.style.left = b.x + "px"; c.style.top = b.y + "px"; c.style.width = b.w + "px"; c.style.height = b.h + "px";
      if (state.hits.indexOf(i) >= 0) { c.classList.add("hit"); }
      frag.appendChild(c);
      cardOf.set(i, c);
    });
    cards.appendChild(frag);
    cullLines(k >= SEMANTIC ? [x0, y0, x1, y1] : null);
    var tab = state.focus !== null && cardOf.has(state.focus) ? state.focus : cardOf.keys().next().value;
    cardOf.forEach(function (c, i) { c.tabIndex = i === tab ? 0 : -1; });
  }
  // Close enough to read, the lines in view are SVG paths beside the cards, so a pan or
  // zoom only moves the picture; the set is rebuilt only when it changes.
  var drawnLines = null;
  function cullLines(box) {
    var tree = [], second = [];
    if (box) {
      var inView = function (q) { return q.x0 < box[2] && q.x1 > box[0] && q.y0 < box[3] && q.y1 > box[1]; };
      treePath.forEach(function (q, j) { if (inView(q)) { tree.push(j); } });
      var near = function (x, y) { return x > box[0] && x < box[2] && y > box[1] && y < box[3]; };
      // a second line up is drawn when both its posts are near the screen (the card names it always)
      secondLines.forEach(function (q, j) { if (near(q.ax, q.ay) && near(q.bx, q.by)) { second.push(j); } });
    }
    var key = tree.join(",") + "|" + second.join(",");
    if (key === drawnLines) { return; }
    drawnLines = key;
    var frag = document.createDocumentFragment();
    [[tree, treePath, "tree"], [second, secondLines, "second"]].forEach(function (set) {
      set[0].forEach(function (j) {
        var p = document.createElementNS(NS, "path");
        p.setAttribute("d", set[1][j].d); p.setAttribute("class", set[2]);
        frag.appendChild(p);
      });
    });
    svg.replaceChildren(frag);
  }
  var painted = true;
  function paint() {
    var r = window.devicePixelRatio || 1, w = stage.clientWidth, h = stage.clientHeight;
    if (canvas.width !== Math.round(w * r) || canvas.height !== Math.round(h * r)) {
      canvas.width = Math.round(w * r); canvas.height = Math.round(h * r);
      canvas.style.width = w + "px"; canvas.style.height = h + "px";
    }
    var ctx = canvas.getContext("2d"), far = state.view === "tree" && treePath && state.k < SEMANTIC;
    if (!far && !painted) { return; }   // nothing on the canvas, and nothing to put there
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    painted = far;
    if (!far) { return; }
    ctx.setTransform(r * state.k, 0, 0, r * state.k, r * state.x, r * state.y);
    // only the connectors and second lines that cross the screen are stroked
    var x0 = -state.x / state.k, y0 = -state.y / state.k, x1 = x0 + w / state.k, y1 = y0 + h / state.k;
    var seen = function (q) { return q.x0 <= x1 && q.x1 >= x0 && q.y0 <= y1 && q.y1 >= y0; };
    ctx.strokeStyle = "#4b5563";
    ctx.lineWidth = Math.max(1.5, 1 / state.k);
    treePath.forEach(function (q) { if (seen(q)) { ctx.stroke(q.p); } });
    ctx.strokeStyle = "#9a3412";
    ctx.lineWidth = Math.max(2, 1.5 / state.k);
    ctx.setLineDash([7, 4]);
    secondLines.forEach(function (q) { if (seen(q)) { ctx.stroke(q.p); } });
    ctx.setLineDash([]);
    if (state.k >= SEMANTIC) { return; }
    ctx.fillStyle = "#ffffff";
    ctx.fill(boxesPath);
    ctx.strokeStyle = ORGS[state.org].colour;
    ctx.lineWidth = Math.max(2, 1.5 / state.k);
    ctx.stroke(boxesPath);
    ctx.strokeStyle = "#b45309";
    ctx.lineWidth = Math.max(4, 4 / state.k);
    ctx.stroke(hitsPath);
  }
  var secondLines = [];
  function drawSecondLines() {   // a second line up, when both ends are drawn: dashed, under the cards
    secondLines = [];
    Object.keys(also).forEach(function (k) {
      var i = +k, a = boxOf.get(i);
      if (!a) { return; }
      also[i].forEach(function (j) {
        var b = boxOf.get(j);
        if (!b) { return; }
        var x1 = a.x + a.w - 30, y1 = a.y, x2 = b.x + b.w - 30, y2 = b.y + b.h;
        var d = "M" + x1 + "," + y1 + "C" + x1 + "," + (y1 - 40) + " " + x2 + "," + (y2 + 40) + " " + x2 + "," + y2;
        secondLines.push({ d: d, p: new Path2D(d), ax: x1, ay: y1, bx: x2, by: y2, x0: Math.min(x1, x2), x1: Math.max(x1, x2),
                           y0: Math.min(y1 - 40, y2), y1: Math.max(y1, y2 + 40) });
      });
    });
  }
  function drawPanel(box) {
    var sec = el("section", null, "panel");
    sec.setAttribute("aria-labelledby", "unlined-title");
    sec.style.left = box.x + "px"; sec.style.top = box.y + "px"; sec.style.width = box.w + "px";
    var h = el("h2", "No stated line in the source (" + unlined[state.org].length + ")");
    h.id = "unlined-title";
    sec.appendChild(h);
    var ul = el("ul");
    unlined[state.org].slice().sort(byName).forEach(function (i) {
      var li = el("li"), b = el("button", N[i].n, "link");
      b.type = "button";
      b.dataset.i = i;
      b.id = "n" + i;
      li.appendChild(b);
      ul.appendChild(li);
      boxOf.set(i, { x: box.x, y: box.y, w: box.w, h: box.h, panel: true });
    });
    sec.appendChild(ul);
    cards.parentNode.appendChild(sec);
    sec.classList.add("drawn-panel");
  }

  // --- the network view: a grid whose lines run only in the gutters ---------------------
  var KIND_ORDER = { post: 0, governance: 1, organisation: 2, unit: 3, person: 4 };
  var routes = [], routeOf = {};
  function layerOf(i) { return N[i].sp && N[i].sp[2] ? N[i].sp[2] : 99; }
  function netNodes() {
    if (state.org === -1) { return N.map(function (n, i) { return i; }); }
    var mine = new Set();
    N.forEach(function (n, i) { if (n.o === state.org) { mine.add(i); } });
    E.forEach(function (e) {
      if (state.hidden.has(e.y)) { return; }
      if (mine.has(e.f) && N[e.t].o !== state.org) { mine.add(e.t); }
      else if (mine.has(e.t) && N[e.f].o !== state.org) { mine.add(e.f); }
    });
    return Array.from(mine);
  }
  function layoutNet() {
    var ids = netNodes(), bands = new Map();
    ids.forEach(function (i) {
      var o = N[i].o;
      if (!bands.has(o)) { bands.set(o, []); }
      bands.get(o).push(i);
    });
    var order = Array.from(bands.keys()).sort(function (a, b) {
      return (a === state.org ? -1 : 0) - (b === state.org ? -1 : 0) || a - b; });
    // As many columns as are readable across the screen (text >= 11 px at zoom 0.85); each
    // layer of posts starts a row, each post near the post it hangs under, so most lines
    // run between neighbouring rows; then bodies, committees and people, by kind.
    var cols = Math.max(1, Math.min(12, Math.floor((stage.clientWidth / 0.85 - GX) / (NW + GX))));
    var pos = new Map(), headers = [], row = 0, slot = new Map();
    var group = function (i) {   // posts by layer; a post with no line up or down after them
      if (N[i].k !== "post") { return 100 + KIND_ORDER[N[i].k]; }
      return up[i] < 0 && !kids[i].length && !(i in attachedTo) ? 99 : layerOf(i);
    };
    var near = function (i) { return up[i] >= 0 && slot.has(up[i]) ? slot.get(up[i]) : Infinity; };
    order.forEach(function (o) {
      var groups = new Map();
      bands.get(o).forEach(function (i) { var g = group(i); if (!groups.has(g)) { groups.set(g, []); } groups.get(g).push(i); });
      headers.push({ o: o, row: row });
      row += 1;
      Array.from(groups.keys()).sort(function (a, b) { return a - b; }).forEach(function (g) {
        var members = groups.get(g).sort(function (a, b) { return near(a) - near(b) || byName(a, b); });
        members.forEach(function (i, j) { pos.set(i, { c: j % cols, r: row + Math.floor(j / cols) }); slot.set(i, pos.size); });
        row += Math.ceil(members.length / cols);
      });
    });
    var rowTop = function (r) { return GY + r * (NH + GY); };
    var colX = function (c) { return GX + c * (NW + GX); };
    var boxes = new Map();
    pos.forEach(function (p, i) { boxes.set(i, { x: colX(p.c), y: rowTop(p.r), w: NW, h: NH, c: p.c, r: p.r }); });
    return { ids: ids, boxes: boxes, headers: headers, rowTop: rowTop, colX: colX,
             w: colX(cols) , h: rowTop(row) };
  }
  // A line runs from the upper of its two nodes down to the lower; the arrow head is at
  // the node the relationship points to, whichever end that is.
  function upward(net, e) { var a = net.boxes.get(e.f), b = net.boxes.get(e.t); return b.r < a.r || (b.r === a.r && b.c < a.c); }
  function route(net, e, k, ports) {
    var flip = upward(net, e), a = net.boxes.get(flip ? e.t : e.f), b = net.boxes.get(flip ? e.f : e.t), lanes = Math.floor((GY - 16) / LANE);
    var lane = function (s) { return 8 + ((s * 7) % lanes) * LANE; };
    var ax = a.x + a.w * ports.out[k], bx = b.x + b.w * ports.in[k];
    var yBelow = a.y + a.h + lane(k), yAbove = b.y - GY + lane(k + 3);
    var pts = [[ax, a.y + a.h], [ax, yBelow]];
    if (b.r === a.r + 1) {
      yAbove = yBelow;
    } else {
      var gx = b.x - GX + 8 + ((k * 5) % Math.floor((GX - 16) / LANE)) * LANE;
      pts.push([gx, yBelow], [gx, yAbove]);
    }
    pts.push([bx, yAbove], [bx, b.y]);
    return pts;
  }
  function portsFor(net, list) {   // where each line leaves the bottom and enters the top of its box
    var outs = new Map(), ins = new Map(), res = { out: {}, in: {} };
    list.forEach(function (k) {
      var e = E[k], flip = upward(net, e), f = flip ? e.t : e.f, t = flip ? e.f : e.t;
      if (!outs.has(f)) { outs.set(f, []); } outs.get(f).push(k);
      if (!ins.has(t)) { ins.set(t, []); } ins.get(t).push(k);
    });
    outs.forEach(function (ks) { ks.forEach(function (k, j) { res.out[k] = (j + 1) / (ks.length + 1); }); });
    ins.forEach(function (ks) { ks.forEach(function (k, j) { res.in[k] = (j + 1) / (ks.length + 1); }); });
    return res;
  }
  function drawNet() {
    var net = layoutNet();
    layout = { w: net.w, h: net.h, net: net };
    cards.replaceChildren(); svg.replaceChildren(); cardOf.clear(); boxOf.clear();
    cards.setAttribute("role", "group");
    cards.setAttribute("aria-label", "Network of " + (state.org === -1 ? "every organisation" : ORGS[state.org].name));
    var frag = document.createDocumentFragment();
    net.headers.forEach(function (h) {
      var t = el("div", ORGS[h.o].name + (h.o === state.org || state.org === -1 ? "" : " (linked from outside)"), "band");
      t.style.left = net.colX(0) + "px"; t.style.top = (net.rowTop(h.row) + NH - 24) + "px"; t.style.width = NW * 2 + GX + "px";
      frag.appendChild(t);
    });
    net.boxes.forEach(function (b, i) {
      var n = N[i], c = el("div", null, "node k-" + n.k);
      c.id = "n" + i; c.dataset.i = i; c.tabIndex = -1;
      c.setAttribute("role", "button");
      c.style.setProperty("--org", ORGS[n.o].colour);
      c.style.left = b.x + "px"; c.style.top = b.y + "px"; c.style.width = b.w + "px"; c.style.height = b.h + "px";
      c.appendChild(el("div", KINDS[n.k][0] + " " + n.n, "t"));
      c.appendChild(el("div", n.k === "post" ? (n.b || "") : (n.kd || n.k), "m"));
      if (state.hits.indexOf(i) >= 0) { c.classList.add("hit"); }
      frag.appendChild(c);
      cardOf.set(i, c); boxOf.set(i, b);
    });
    cards.appendChild(frag);
    drawRoutes(net);
    svg.setAttribute("width", net.w); svg.setAttribute("height", net.h);
    var first = state.focus !== null && cardOf.has(state.focus) ? state.focus : net.ids[0];
    if (first !== undefined && cardOf.has(first)) { cardOf.get(first).tabIndex = 0; }
  }
  function drawRoutes(net) {
    var list = [];
    E.forEach(function (e, k) {
      if (!state.hidden.has(e.y) && e.f !== e.t && net.boxes.has(e.f) && net.boxes.has(e.t)) { list.push(k); }
    });
    var ports = portsFor(net, list), defs = document.createElementNS(NS, "defs");
    T.forEach(function (t, y) {
      var m = document.createElementNS(NS, "marker");
      m.setAttribute("id", "arrow" + y); m.setAttribute("viewBox", "0 0 10 10"); m.setAttribute("refX", "9"); m.setAttribute("refY", "5");
      m.setAttribute("markerWidth", "7"); m.setAttribute("markerHeight", "7"); m.setAttribute("orient", "auto-start-reverse");
      var p = document.createElementNS(NS, "path");
      p.setAttribute("d", "M0,0L10,5L0,10z"); p.setAttribute("fill", t.colour);
      m.appendChild(p); defs.appendChild(m);
    });
    svg.appendChild(defs);
    routes = []; routeOf = {};
    list.forEach(function (k) {
      var e = E[k], t = T[e.y], pts = route(net, e, k, ports);
      routes.push({ e: k, pts: pts }); routeOf[k] = pts;
      var p = document.createElementNS(NS, "path");
      p.setAttribute("d", "M" + pts.map(function (q) { return q[0] + "," + q[1]; }).join("L"));
      p.setAttribute("stroke", t.colour); p.setAttribute("stroke-width", t.width);
      if (t.dash) { p.setAttribute("stroke-dasharray", t.dash); }
      p.setAttribute(upward(net, e) ? "marker-start" : "marker-end", "url(#arrow" + e.y + ")");
      p.dataset.e = k;
      p.style.pointerEvents = "stroke";
      svg.appendChild(p);
    });
  }

  // --- rendering, focus and landing -----------------------------------------------------
  function render() {
    hideTip();
    world.querySelectorAll(".drawn-panel").forEach(function (x) { x.remove(); });
    if (state.view === "tree") { drawTree(); } else { drawNet(); paint(); }
    document.getElementById("view-tree").setAttribute("aria-pressed", String(state.view === "tree"));
    document.getElementById("view-net").setAttribute("aria-pressed", String(state.view === "net"));
    document.getElementById("expand-all").hidden = state.view !== "tree";
    document.getElementById("collapse-all").hidden = state.view !== "tree";
    document.getElementById("only-lit-box").hidden = state.view !== "net";
    orgSelect.value = String(state.org);
    lightUp(state.view === "net" ? state.lit : null);
    apply();
  }
  function ancestors(i) {
    var chain = [], seen = new Set([i]), p = i in attachedTo ? attachedTo[i] : i;
    if (p !== i) { chain.push(p); seen.add(p); }
    while (up[p] >= 0 && !seen.has(up[p])) { p = up[p]; seen.add(p); chain.push(p); }
    return chain;
  }
  function total(i) { return N[i].sp ? N[i].sp[1] : 0; }
  function opening() {   // open levels while one organisation still fits readably (text >= 11 px)
    state.open.clear();
    if (state.view !== "tree") { return; }
    var frontier = roots[state.org].slice(), w = stage.clientWidth - 24, h = stage.clientHeight - 24, tries = 0;
    var fits = function () { var l = layoutTree(); return l.w * 0.85 <= w && l.h * 0.85 <= h; };
    while (frontier.length && tries < 16) {   // breadth first, the biggest subtree first
      var next = [];
      frontier.filter(function (i) { return kids[i].length; })
        .sort(function (a, b) { return total(b) - total(a); })
        .forEach(function (i) {
          if (tries >= 16) { return; }
          tries += 1;
          state.open.add(i);
          if (fits()) { kids[i].forEach(function (c) { next.push(c); }); } else { state.open.delete(i); }
        });
      frontier = next;
    }
  }
  function home() {
    state.hits = []; state.hit = -1; state.lit = null; state.focus = null;
    updateSearch();
    opening();
    render();
    fit(0);
    if (state.view === "net") {   // the network: as wide as the screen, from the top
      state.k = Math.min(1, (stage.clientWidth - 24) / layout.w);
      state.x = Math.max(12, (stage.clientWidth - layout.w * state.k) / 2); state.y = 0;
      apply();
    } else if (state.k < 0.6) {   // too small to read (a phone): the top of the chart, readable
      state.k = Math.min(1, Math.max(0.85, (stage.clientWidth - 16) / CW));
      state.x = Math.max(8, (stage.clientWidth - Math.min(layout.w, stage.clientWidth / state.k) * state.k) / 2);
      state.y = 8;
      apply();
    }
  }
  function land(i, focusIt) {
    if (N[i].o !== state.org && state.org !== -1) { state.org = N[i].o; if (state.view === "tree") { state.open.clear(); roots[state.org].forEach(function (r) { state.open.add(r); }); } }
    if (state.view === "tree" && N[i].k !== "post") { state.view = "net"; }
    ancestors(i).forEach(function (p) { state.open.add(p); });
    state.focus = i in attachedTo && state.view === "tree" ? attachedTo[i] : i;
    if (state.view === "net") { state.lit = i; }   // a search hit is a selection too
    render();
    var box = boxOf.get(i) || boxOf.get(state.focus);
    if (box && state.view === "net") { frameLines(i, box); } else if (box) { centreOn(box); }
    apply();
    var c = cardOf.get(state.focus);
    if (c) {
      cards.querySelectorAll('[tabindex="0"]').forEach(function (x) { x.tabIndex = -1; });
      c.tabIndex = 0;
      if (focusIt) { c.focus({ preventScroll: true }); }
    }
  }
  // Focus and context: the selected (or hovered) node's lines are drawn on top, at full
  // strength, each named by its type near the node at its other end; every other line fades
  // to a trace, or is hidden when "only the selected post's lines" is ticked.
  var onlyLit = document.getElementById("only-lit"), litNote = document.getElementById("lit-note");
  function lightUp(i) {   // select i (null: nothing selected)
    state.lit = i;
    showLit(i);
    litNote.hidden = i === null;
    litNote.textContent = i === null ? "" : "Lines of " + N[i].n + " (Escape or Reset clears)";
  }
  function showLit(i) {   // draw i's lines forward (i null: every line as it is)
    svg.querySelectorAll(".lit-label").forEach(function (x) { x.remove(); });
    cards.querySelectorAll(".node.sel, .node.peer").forEach(function (c) { c.classList.remove("sel", "peer"); });
    var mine = [];
    svg.querySelectorAll("path[data-e]").forEach(function (p) {
      var e = E[+p.dataset.e], own = i !== null && (e.f === i || e.t === i);
      p.classList.toggle("lit", own);
      p.classList.toggle("faint", i !== null && !own && !onlyLit.checked);
      p.classList.toggle("gone", i !== null && !own && onlyLit.checked);
      if (own) { mine.push(p); }
    });
    if (i === null || !cardOf.has(i)) { return; }
    cardOf.get(i).classList.add("sel");
    var placed = [];
    mine.forEach(function (p) {
      svg.appendChild(p);   // on top of the faded lines
      var e = E[+p.dataset.e], other = e.f === i ? e.t : e.f;
      if (cardOf.has(other)) { cardOf.get(other).classList.add("peer"); }
      labelLine(+p.dataset.e, other, placed);
    });
  }
  function labelLine(k, other, placed) {   // the type, on the line just outside its other node
    var pts = routeOf[k], b = boxOf.get(other), e = E[k];
    if (!pts || !b) { return; }
    var atEnd = Math.abs(pts[pts.length - 1][1] - b.y) < 1, q = atEnd ? pts[pts.length - 1] : pts[0];
    var text = T[e.y].type, w = 7 * text.length + 8, step = atEnd ? -14 : 14;
    var r = { x: q[0] - w / 2, y: q[1] + (atEnd ? -18 : 4), w: w, h: 14 };
    for (var n = 0; n < 8 && placed.some(function (o) { return r.x < o.x + o.w && o.x < r.x + r.w && r.y < o.y + o.h && o.y < r.y + r.h; }); n++) { r.y += step; }
    placed.push(r);
    var t = document.createElementNS(NS, "text");
    t.setAttribute("class", "lit-label"); t.setAttribute("x", q[0]); t.setAttribute("y", r.y + 11);
    t.setAttribute("text-anchor", "middle"); t.dataset.e = k;
    t.style.fill = T[e.y].colour;   // the line's own colour (each at least 4.5:1 on white)
    t.textContent = text;
    svg.appendChild(t);
  }
  cards.addEventListener("pointerover", function (ev) {   // hover previews a node's lines
    var c = state.view === "net" && !drag ? ev.target.closest(".node") : null;
    if (c && !(ev.relatedTarget && c.contains(ev.relatedTarget))) { showLit(+c.dataset.i); }
  });
  cards.addEventListener("pointerout", function (ev) {
    var c = state.view === "net" ? ev.target.closest(".node") : null;
    if (c && !(ev.relatedTarget && c.contains(ev.relatedTarget))) { showLit(state.lit); }
  });
  onlyLit.addEventListener("change", function () { showLit(state.lit); });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && state.lit !== null && !ev.target.closest("#details")) { lightUp(null); }
  });

  // --- details panel --------------------------------------------------------------------
  var details = document.getElementById("details"), dBody = document.getElementById("details-body");
  var dTitle = document.getElementById("details-title"), opener = null;
  function linkTo(j) {
    var b = el("button", N[j].n, "link");
    b.type = "button";
    b.addEventListener("click", function () { land(j, true); showDetails(j); });
    return b;
  }
  function relLine(k, i) {
    var e = E[k], d = detail("e", k), li = el("li"), outgoing = e.f === i, other = outgoing ? e.t : e.f;
    li.appendChild(el("span", outgoing ? T[e.y].type + " → " : "← " + T[e.y].type + " from "));
    li.appendChild(linkTo(other));
    li.appendChild(el("span", " (" + where(other) + ")" + (e.r ? ", as " + e.r : "") + (d.v ? ", " + d.v : "")));
    li.appendChild(el("div", "“" + d.ev + "”", "quote"));
    li.appendChild(el("div", "Source: " + (D.sources[d.s] || "not recorded"), "hint"));
    if (d.no) { li.appendChild(el("div", "Note: " + d.no, "note")); }
    return li;
  }
  function showDetails(i) {
    opener = document.activeElement;
    var rels = outE(i).concat(inE(i));
    withDetails([i], rels, function () { fillDetails(i, rels); });
  }
  function fillDetails(i, rels) {
    var n = N[i], d = detail("n", i);
    dTitle.textContent = n.n;
    dBody.replaceChildren();
    var dl = el("dl");
    [["Kind", n.k === "post" ? "post" : (n.kd || n.k)], ["Holder", n.h ? n.h.join(", ") : n.k === "post" ? "not named in the sources" : null],
     ["Body", n.b], ["Organisation", ORGS[n.o].name], ["Grade", n.g], ["Headcount", d.hc], ["Dates", d.v || (n.k === "post" ? "no dates stated" : null)],
     ["Also known as", n.a ? n.a.join("; ") : null], ["Span", n.k === "post" ? spanText(n) : null],
     ["Levels beneath", n.sp && n.sp[0] ? String(n.sp[3]) : null],
     ["Deputy for", i in dep ? dep[i].map(function (p) { return N[p].n; }).join("; ") : null],
     ["Identifier", n.id]].forEach(function (pair) {
      if (pair[1] === null || pair[1] === undefined || pair[1] === "") { return; }
      dl.appendChild(el("dt", pair[0])); dl.appendChild(el("dd", pair[1]));
    });
    dBody.appendChild(dl);
    if (d.no) { dBody.appendChild(el("p", "Note: " + d.no, "note")); }
    var ev = el("h3", "Evidence");
    dBody.appendChild(ev);
    dBody.appendChild(el("p", "“" + d.ev + "”", "quote"));
    dBody.appendChild(el("p", "Source: " + (D.sources[d.s] || "not recorded"), "hint"));
    dBody.appendChild(el("h3", "Relationships (" + rels.length + ")"));
    var ul = el("ul");
    rels.forEach(function (k) { ul.appendChild(relLine(k, i)); });
    dBody.appendChild(ul);
    details.hidden = false;
    dTitle.focus();
  }
  function closeDetails() {
    details.hidden = true;
    if (opener && document.body.contains(opener)) { opener.focus(); }
  }
  document.getElementById("details-close").addEventListener("click", closeDetails);
  details.addEventListener("keydown", function (ev) { if (ev.key === "Escape") { ev.stopPropagation(); closeDetails(); } });

  // --- cards: click, keyboard -----------------------------------------------------------
  function toggle(i) {
    if (!kids[i].length) { return; }
    if (state.open.has(i)) { state.open.delete(i); } else { state.open.add(i); }
    var before = boxOf.get(i), sx = state.x + before.x * state.k, sy = state.y + before.y * state.k;
    state.focus = i;
    render();
    var after = boxOf.get(i);   // keep the card where it was on the screen
    state.x = sx - after.x * state.k; state.y = sy - after.y * state.k;
    apply();
    cardOf.get(i).focus({ preventScroll: true });
  }
  stage.addEventListener("click", function (ev) {
    if (stage.dataset.dragged) { return; }
    var t = ev.target.closest("[data-i]");
    if (!t && state.view === "tree" && state.k < SEMANTIC) {   // a box on the canvas: zoom to it
      var r = stage.getBoundingClientRect(), wx = (ev.clientX - r.left - state.x) / state.k, wy = (ev.clientY - r.top - state.y) / state.k;
      var hit = layout.cards.find(function (b) { return wx >= b.x && wx <= b.x + b.w && wy >= b.y && wy <= b.y + b.h; });
      if (hit) { state.focus = hit.id; state.k = 0.85; centreOn(hit); }
      return;
    }
    if (!t) { lightUp(null); return; }
    var i = +t.dataset.i;
    if (ev.target.closest(".tog")) { toggle(i); return; }
    if (state.view === "net") { lightUp(i); }
    var c = t.closest(".card, .node");
    if (c) { state.focus = +c.dataset.i; }
    showDetails(i);
  });
  function move(i, key) {
    if (state.view === "net") {
      var ids = Array.from(cardOf.keys()), j = ids.indexOf(i);
      return key === "ArrowRight" || key === "ArrowDown" ? ids[Math.min(ids.length - 1, j + 1)] : ids[Math.max(0, j - 1)];
    }
    var box = boxOf.get(i), best = null, bestD = Infinity;
    boxOf.forEach(function (b, j) {
      if (j === i || b.panel) { return; }
      var dx = b.x - box.x, dy = b.y - box.y;
      var ok = key === "ArrowRight" ? dx > 0 : key === "ArrowLeft" ? dx < 0 : key === "ArrowDown" ? dy > 0 : dy < 0;
      if (!ok) { return; }
      var dist = key === "ArrowRight" || key === "ArrowLeft" ? Math.abs(dx) + 3 * Math.abs(dy) : Math.abs(dy) + 3 * Math.abs(dx);
      if (dist < bestD) { bestD = dist; best = j; }
    });
    return best === null ? i : best;
  }
  cards.addEventListener("keydown", function (ev) {
    var t = ev.target.closest("[data-i]");
    if (!t) { return; }
    var i = +t.dataset.i;
    if (ev.key === "Enter") { ev.preventDefault(); if (state.view === "net") { lightUp(i); } showDetails(i); return; }
    if (ev.key === " " || ev.key === "+" || ev.key === "-") { ev.preventDefault(); toggle(i); return; }
    if (ev.key.indexOf("Arrow") === 0) {
      ev.preventDefault();
      var j = move(i, ev.key);
      state.focus = j;
      var b = boxOf.get(j), sw = stage.clientWidth, sh = stage.clientHeight;
      var l = state.x + b.x * state.k, tp = state.y + b.y * state.k;
      if (l < 0 || tp < 0 || l + b.w * state.k > sw || tp + b.h * state.k > sh) { centreOn(b); } else { apply(); }
      if (state.view === "net") { cards.querySelectorAll('[tabindex="0"]').forEach(function (x) { x.tabIndex = -1; }); cardOf.get(j).tabIndex = 0; }
      cardOf.get(j).focus({ preventScroll: true });
    }
  });

  // --- tooltip (network lines and nodes): hidden the moment the pointer leaves -----------------
  var tip = document.getElementById("tooltip");
  function hideTip() { tip.hidden = true; }
  function showTip(ev, lines) {
    tip.replaceChildren();
    lines.forEach(function (l, j) { tip.appendChild(el("p", l, j ? "quote" : null)); });
    tip.hidden = false;
    var r = stage.getBoundingClientRect();
    tip.style.left = Math.max(0, Math.min(ev.clientX - r.left + 14, r.width - tip.offsetWidth - 4)) + "px";
    tip.style.top = Math.min(ev.clientY - r.top + 14, r.height - tip.offsetHeight - 4) + "px";
  }
  svg.addEventListener("pointerover", function (ev) {
    if (drag) { return; }
    var p = ev.target.closest("path[data-e]");
    if (!p) { return; }
    var e = E[+p.dataset.e];
    var same = outE(e.f).filter(function (k) { return E[k].t === e.t && !state.hidden.has(E[k].y); });
    var lines = [N[e.f].n + " → " + N[e.t].n + ": " + same.map(function (k) { return T[E[k].y].type; }).join(", ")];
    var at = { clientX: ev.clientX, clientY: ev.clientY };
    withDetails([], same, function () {
      if (!p.matches(":hover")) { return; }   // the pointer has left while decoding
      same.forEach(function (k) { lines.push(T[E[k].y].type + ": “" + detail("e", k).ev + "”"); });
      showTip(at, lines);
    });
  });
  svg.addEventListener("pointerout", hideTip);
  stage.addEventListener("pointerleave", hideTip);
  window.addEventListener("blur", hideTip);

  // --- search ---------------------------------------------------------------------------
  var searchBox = document.getElementById("search"), status = document.getElementById("search-status");
  var matchList = document.getElementById("matches");
  function search(query) {
    var q = query.trim().toLocaleLowerCase();
    if (!q) { return []; }
    var ranks = [[], [], [], []];
    N.forEach(function (n, i) {
      if (n.k === "person") { return; }
      var title = n.n.toLocaleLowerCase(), names = (n.a || []).map(function (s) { return s.toLocaleLowerCase(); });
      if (title === q || n.id === q) { ranks[0].push(i); }
      else if (names.indexOf(q) >= 0) { ranks[1].push(i); }
      else if (title.indexOf(q) >= 0) { ranks[2].push(i); }
      else if (names.some(function (s) { return s.indexOf(q) >= 0; })) { ranks[3].push(i); }
    });
    ranks.forEach(function (r) { r.sort(function (a, b) { return N[a].k === "post" ? (N[b].k === "post" ? byName(a, b) : -1) : (N[b].k === "post" ? 1 : byName(a, b)); }); });
    return ranks[0].concat(ranks[1], ranks[2], ranks[3]);
  }
  function updateSearch() {
    var n = state.hits.length;
    document.getElementById("prev").disabled = n < 2;
    document.getElementById("next").disabled = n < 2;
    matchList.hidden = n === 0;
    if (!n) { matchList.replaceChildren(); return; }
    if (matchList.childElementCount !== Math.min(n, 300)) {
      matchList.replaceChildren();
      state.hits.slice(0, 300).forEach(function (i, j) {
        var li = el("li"), b = el("button", N[i].n);
        b.type = "button";
        b.appendChild(el("span", " — " + where(i), "where"));
        b.addEventListener("click", function () { state.hit = j; go(true); });
        li.appendChild(b);
        matchList.appendChild(li);
      });
    }
    Array.prototype.forEach.call(matchList.children, function (li, j) { li.classList.toggle("current", j === state.hit); });
  }
  function go(focusIt) {
    var i = state.hits[state.hit];
    land(i, focusIt);
    status.textContent = state.hits.length + (state.hits.length === 1 ? " match" : " matches") + "; showing " + (state.hit + 1) + " of " + state.hits.length + ": " + N[i].n + " — " + where(i)
      + (state.hits.length > 300 ? " (the list shows the first 300)" : "");
    updateSearch();
  }
  document.getElementById("search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    state.hits = search(searchBox.value);
    state.hit = 0;
    if (!state.hits.length) { status.textContent = "No post or body matches “" + searchBox.value.trim() + "”."; updateSearch(); render(); return; }
    go(false);
  });
  document.getElementById("next").addEventListener("click", function () { state.hit = (state.hit + 1) % state.hits.length; go(false); });
  document.getElementById("prev").addEventListener("click", function () { state.hit = (state.hit - 1 + state.hits.length) % state.hits.length; go(false); });
  document.getElementById("reset").addEventListener("click", function () { searchBox.value = ""; status.textContent = ""; home(); });

  // --- toolbar, legend and filters -------------------------------------------------------
  var orgSelect = document.getElementById("org");
  ORGS.forEach(function (o, i) {
    if (!postsIn[i]) { return; }   // an organisation only linked to: in the network of every one
    var opt = el("option", o.name + " (" + postsIn[i] + " posts)");
    opt.value = String(i);
    orgSelect.appendChild(opt);
  });
  if (N.length <= 2500) { var all = el("option", "Every organisation (network)"); all.value = "-1"; orgSelect.appendChild(all); }
  orgSelect.addEventListener("change", function () {
    state.org = +orgSelect.value;
    if (state.org === -1) { state.view = "net"; }
    home();
  });
  document.getElementById("view-tree").addEventListener("click", function () { state.view = "tree"; if (state.org === -1) { state.org = 0; } home(); });
  document.getElementById("view-net").addEventListener("click", function () { state.view = "net"; home(); });
  document.getElementById("home").addEventListener("click", home);
  document.getElementById("fit").addEventListener("click", function () { fit(0); });
  document.getElementById("zoom-in").addEventListener("click", function () { zoomAt(1.25, stage.clientWidth / 2, stage.clientHeight / 2); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoomAt(0.8, stage.clientWidth / 2, stage.clientHeight / 2); });
  document.getElementById("expand-all").addEventListener("click", function () {
    N.forEach(function (n, i) { if (n.o === state.org && kids[i].length) { state.open.add(i); } });
    render(); fit(0);
  });
  document.getElementById("collapse-all").addEventListener("click", function () { state.open.clear(); render(); fit(0.85); });
  var drawer = document.getElementById("drawer"), drawerOpen = document.getElementById("drawer-open");
  drawerOpen.addEventListener("click", function () { drawer.classList.add("open"); drawerOpen.setAttribute("aria-expanded", "true"); document.getElementById("drawer-close").focus(); });
  document.getElementById("drawer-close").addEventListener("click", function () { drawer.classList.remove("open"); drawerOpen.setAttribute("aria-expanded", "false"); drawerOpen.focus(); });

  function sample(t) {
    var s = document.createElementNS(NS, "svg");
    s.setAttribute("width", "46"); s.setAttribute("height", "10"); s.setAttribute("aria-hidden", "true");
    var l = document.createElementNS(NS, "line");
    l.setAttribute("x1", "0"); l.setAttribute("y1", "5"); l.setAttribute("x2", "46"); l.setAttribute("y2", "5");
    l.setAttribute("stroke", t.colour); l.setAttribute("stroke-width", t.width);
    if (t.dash) { l.setAttribute("stroke-dasharray", t.dash); }
    s.appendChild(l);
    return s;
  }
  var views = document.getElementById("legend-views");
  views.appendChild(el("h2", "Reading the org chart"));
  [["Card", "a post: title, holder and grade, body, layer and span (direct reports, and every post beneath)"],
   ["Grey line", "the post's line up, as the source states it (accountable, responsible or reports to)"],
   ["Deputy: …", "a deputy without reports, shown on the card of the post it covers"],
   ["Also answers to", "a second line up (dashed when both posts are on screen), naming the other organisation"],
   ["▸ open N cards · L levels beneath", "a closed subtree: the cards it opens, and the longest line down from the post"]].forEach(function (r) {
    var p = el("p", null, "hint"); p.appendChild(el("b", r[0] + ": ")); p.appendChild(document.createTextNode(r[1])); views.appendChild(p);
  });
  var typesBox = document.getElementById("legend-types");
  T.forEach(function (t, y) {
    var label = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = !state.hidden.has(y); box.dataset.type = t.type;
    box.addEventListener("change", function () { if (box.checked) { state.hidden.delete(y); } else { state.hidden.add(y); } if (state.view === "net") { render(); } renderText(); });
    label.title = t.phrases;
    label.appendChild(box); label.appendChild(sample(t)); label.appendChild(el("span", t.type));
    typesBox.appendChild(label);
  });
  var kindsBox = document.getElementById("legend-kinds");
  Object.keys(KINDS).forEach(function (k) { var li = el("li"); li.appendChild(el("span", KINDS[k][0], "kind-mark")); li.appendChild(el("span", KINDS[k][1])); kindsBox.appendChild(li); });
  var orgsBox = document.getElementById("legend-orgs");
  ORGS.forEach(function (o, i) { var li = el("li"), sw = el("span", null, "swatch"); sw.style.background = o.colour; li.appendChild(sw); li.appendChild(el("span", o.name + " (" + postsIn[i] + " posts)")); orgsBox.appendChild(li); });

  // --- text view ------------------------------------------------------------------------
  var textRows = document.getElementById("text-rows"), textFilter = document.getElementById("text-filter");
  var textCount = document.getElementById("text-count"), moreButton = document.getElementById("text-more");
  function renderText() {
    var q = textFilter.value.trim().toLocaleLowerCase();
    var rows = [];
    N.forEach(function (n, i) {
      if (n.k === "person") { return; }
      if (q && [n.n, n.b || "", ORGS[n.o].name].concat(n.a || []).every(function (s) { return s.toLocaleLowerCase().indexOf(q) < 0; })) { return; }
      rows.push(i);
    });
    var frag = document.createDocumentFragment();
    rows.slice(0, state.textLimit).forEach(function (i) {
      var n = N[i], lines = [], deps = [], other = [];
      outE(i).forEach(function (k) {
        var e = E[k];
        if (state.hidden.has(e.y)) { return; }
        if (accType.has(e.y)) { lines.push(N[e.t].n + " (" + T[e.y].type + ")"); }
        else if (e.y !== depType) { other.push(T[e.y].type + " " + N[e.t].n + (e.r ? " (" + e.r + ")" : "")); }
      });
      inE(i).forEach(function (k) { if (E[k].y === depType) { deps.push(N[E[k].f].n); } });
      var tr = el("tr"), cell = el("td"), b = el("button", n.n, "name");
      b.type = "button";
      b.addEventListener("click", function () { land(i, false); showDetails(i); });
      cell.appendChild(b); tr.appendChild(cell);
      tr.appendChild(el("td", n.k === "post" ? "post" : (n.kd || n.k)));
      tr.appendChild(el("td", n.b || ""));
      tr.appendChild(el("td", ORGS[n.o].name));
      [lines, deps, other].forEach(function (xs) {
        var td = el("td");
        xs.forEach(function (x, j) { if (j) { td.appendChild(el("br")); } td.appendChild(document.createTextNode(x)); });
        tr.appendChild(td);
      });
      frag.appendChild(tr);
    });
    textRows.replaceChildren(frag);
    moreButton.hidden = rows.length <= state.textLimit;
    textCount.textContent = Math.min(rows.length, state.textLimit).toLocaleString("en-GB") + " of " + rows.length.toLocaleString("en-GB") + " rows shown";
  }
  textFilter.addEventListener("input", function () { state.textLimit = 200; renderText(); });
  moreButton.addEventListener("click", function () { state.textLimit += 500; renderText(); });

  // --- start ----------------------------------------------------------------------------
  function size() {   // the chart takes the rest of the screen below the toolbar
    stage.style.height = Math.max(360, window.innerHeight - stage.getBoundingClientRect().top - window.scrollY - 6) + "px";
  }
  size();
  window.addEventListener("resize", size);
  home();
  requestAnimationFrame(function () {   // the chart first; the text view right after it
    window.orggraphReady = true;
    document.body.dataset.ready = "true";
    setTimeout(renderText, 0);
    decodeAll(0);
  });

  window.orggraph = {
    data: D, state: state, search: search, land: land, render: render, home: home, fit: fit,
    routes: function () { return routes; }, layout: function () { return layout; },
    setView: function (v) { state.view = v; home(); },
    setOrg: function (o) { state.org = o; home(); },
    openAll: function () { document.getElementById("expand-all").click(); },
    zoomAt: zoomAt, apply: apply, roots: roots, unlined: unlined, kids: kids, attached: attached
  };
}());
{% endraw %}
