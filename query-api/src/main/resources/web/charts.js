// The pictures of an order's implementation, drawn with d3 as SVG: the coverage map (a tile grid
// map of the provinces of the order's date), the response curve, the cascade as lag bars, and the
// timeline. Each SVG has role="img" and an aria-label that sums it up; the tables beside them say
// the same for screen readers.
'use strict';

const Charts = (() => {
  // Days to the first implementing document, binned on a colour-blind-safe sequential scale
  // (cividis): by days for an order answered within weeks, by months for one answered over a year
  // (a party resolution is carried out over months).
  const DAYS = [3, 7, 14, 30, 60], MONTHS = [30, 60, 90, 180, 365];
  function bins(lags) {
    const median = lags.length ? d3.median(lags) : 0;
    const edges = median > 30 ? MONTHS : DAYS;
    const out = edges.map((max, i) => ({max, label: `${i ? edges[i - 1] + 1 : 0}–${max} ngày`}));
    out.push({max: Infinity, label: `trên ${edges[edges.length - 1]} ngày`});
    return out;
  }
  const colour = (i, n) => d3.interpolateCividis(0.08 + 0.84 * i / (n - 1));
  // Text on a tile: dark on the light end of the scale, light on the dark end.
  const ink = i => i >= 3 ? '#000' : '#fff'; // bins 3 and up are the light end
  const levelNames = {central: 'Trung ương', province: 'Tỉnh', district: 'Huyện', commune: 'Xã'};
  const levelColour = {central: '#4c3a8c', province: '#1f77b4', district: '#e69f00', commune: '#009e73'};

  function vnDate(iso) {
    if (!iso) return '';
    const [y, m, d] = String(iso).split('-');
    return d ? `${+d}/${+m}/${y}` : `${+m}/${y}`;
  }

  function svg(container, width, height, label) {
    return d3.select(container).append('svg')
      .attr('viewBox', `0 0 ${width} ${height}`).attr('width', '100%').style('max-width', width + 'px').style('display', 'block')
      .attr('role', 'img').attr('aria-label', label);
  }

  /** The coverage map. cov: the /coverage answer; hrefOf(province) the page of its documents. */
  function map(container, cov, hrefOf) {
    const tiles = cov.provinces.filter(p => p.tile);
    const size = 32, gap = 3;
    const cols = d3.max(tiles, p => p.tile.column) + 1, rows = d3.max(tiles, p => p.tile.row) + 1;
    // Beside the tiles on a wide screen, below them on a phone's.
    const narrow = container.clientWidth > 0 && container.clientWidth < 520;
    const mapWidth = cols * (size + gap), mapHeight = rows * (size + gap), legendHeight = 340;
    const width = narrow ? Math.max(mapWidth, 300) : mapWidth + 300;
    const height = narrow ? mapHeight + 20 + legendHeight : Math.max(mapHeight, legendHeight);
    // The tiles' links are placed in this box, the picture's own, so that they lie over their tiles.
    const box = d3.select(container).append('div').style('position', 'relative').style('max-width', width + 'px');
    const notYet = cov.provinces.filter(p => !p.responded).length;
    const BINS = bins(cov.provinces.filter(p => p.responded && p.firstLagDays != null).map(p => p.firstLagDays));
    const bin = days => BINS.findIndex(b => days <= b.max);
    const s = svg(box.node(), width, height, `Bản đồ ô: ${cov.responded} trên ${cov.of} tỉnh, thành phố đã có văn bản triển khai,`
      + ` ${notYet} chưa. Bảng bên dưới có cùng số liệu.`).attr('id', 'coverage-map');
    const defs = s.append('defs');
    defs.append('pattern').attr('id', 'hatch').attr('patternUnits', 'userSpaceOnUse').attr('width', 6).attr('height', 6)
      .attr('patternTransform', 'rotate(45)')
      .call(p => { p.append('rect').attr('width', 6).attr('height', 6).attr('fill', '#fff');
                   p.append('line').attr('x1', 0).attr('y1', 0).attr('x2', 0).attr('y2', 6).attr('stroke', '#666').attr('stroke-width', 2.5); });
    const g = s.append('g').attr('class', 'tiles');
    // The picture is an image (role="img"): the tiles' links lie over it, in HTML, one per tile, in
    // the order of the table, so that Tab reaches each and a screen reader reads its name and state.
    const links = box.append('div').attr('class', 'tile-links');
    for (const p of tiles) {
      const answered = p.responded && p.firstLagDays != null;
      const b = answered ? bin(p.firstLagDays) : -1;
      const timely = {on_time: ', đúng hạn', late: ', trễ hạn'}[p.deadlineStatus] || '';
      const said = p.responded
        ? `${p.name}: đã triển khai${p.firstLagDays != null ? ', sau ' + p.firstLagDays + ' ngày' : ''}${p.first ? ' (' + (p.first.numberSymbol || p.first.id) + ')' : ''}${timely}`
        : `${p.name}: chưa triển khai`;
      const x = p.tile.column * (size + gap), y = p.tile.row * (size + gap);
      g.append('rect').attr('class', 'tile' + (p.responded ? ' answered' : ' not-answered')).attr('data-province', p.province)
        .attr('x', x).attr('y', y).attr('width', size).attr('height', size).attr('rx', 3)
        .attr('fill', !p.responded ? 'url(#hatch)' : answered ? colour(b, BINS.length) : '#bbb')
        .attr('stroke', p.deadlineStatus === 'late' ? '#000' : p.responded ? 'none' : '#666')
        .attr('stroke-width', p.deadlineStatus === 'late' ? 2.5 : 1)
        .attr('stroke-dasharray', p.deadlineStatus === 'late' ? '4 2' : null);
      g.append('text').attr('x', x + size / 2).attr('y', y + size / 2 + 4).attr('text-anchor', 'middle')
        .attr('font-size', 10).attr('font-weight', 600)
        .attr('fill', !p.responded ? '#000' : answered ? ink(b) : '#000')
        .attr('paint-order', p.responded ? null : 'stroke').attr('stroke', p.responded ? null : '#fff').attr('stroke-width', p.responded ? null : 3)
        .text(p.tile.label);
      links.append('a').attr('class', 'tile-link').attr('href', hrefOf(p)).attr('aria-label', said).attr('title', said)
        .attr('data-province', p.province)
        .style('left', (100 * x / width) + '%').style('top', (100 * y / height) + '%')
        .style('width', (100 * size / width) + '%').style('height', (100 * size / height) + '%');
    }
    // The legend: every bin labelled, "not answered" hatched and named, never colour alone.
    const legend = s.append('g').attr('class', 'legend')
      .attr('transform', narrow ? `translate(4,${mapHeight + 30})` : `translate(${mapWidth + 16},14)`);
    legend.append('text').attr('y', 0).attr('font-weight', 600).attr('font-size', 13)
      .call(t => { t.append('tspan').attr('x', 0).text('Số ngày đến văn bản');
                   t.append('tspan').attr('x', 0).attr('dy', 15).text('triển khai đầu tiên'); });
    BINS.forEach((b, i) => {
      const row = legend.append('g').attr('transform', `translate(0,${24 + i * 22})`);
      row.append('rect').attr('width', 18).attr('height', 18).attr('fill', colour(i, BINS.length));
      row.append('text').attr('x', 26).attr('y', 14).attr('font-size', 13).text(b.label);
    });
    const nr = legend.append('g').attr('transform', `translate(0,${24 + BINS.length * 22})`);
    nr.append('rect').attr('width', 18).attr('height', 18).attr('fill', 'url(#hatch)').attr('stroke', '#666');
    nr.append('text').attr('x', 26).attr('y', 14).attr('font-size', 13).text(`chưa triển khai (${notYet})`);
    let extra = 0;
    if (cov.deadline) { // late answers told by a dashed border, and said so
      extra = 22;
      const lr = legend.append('g').attr('class', 'late').attr('transform', `translate(0,${24 + (BINS.length + 1) * 22})`);
      lr.append('rect').attr('width', 18).attr('height', 18).attr('fill', '#fff').attr('stroke', '#000')
        .attr('stroke-width', 2.5).attr('stroke-dasharray', '4 2');
      lr.append('text').attr('x', 26).attr('y', 14).attr('font-size', 13)
        .text(`viền đứt: trễ hạn ${vnDate(cov.deadline.date)} (${cov.provinces.filter(p => p.deadlineStatus === 'late').length})`);
    }
    const note = legend.append('text').attr('class', 'islands').attr('y', 24 + (BINS.length + 1) * 22 + 18 + extra).attr('font-size', 12);
    note.append('tspan').attr('x', 0).text('Quần đảo Hoàng Sa (Đà Nẵng) và');
    note.append('tspan').attr('x', 0).attr('dy', 16).text('quần đảo Trường Sa (Khánh Hòa)');
    note.append('tspan').attr('x', 0).attr('dy', 16).text('là lãnh thổ của Việt Nam.');
    legend.append('text').attr('y', 24 + (BINS.length + 1) * 22 + 84 + extra).attr('font-size', 12).attr('fill', '#444')
      .text(`${cov.of} tỉnh, thành phố ngày ${vnDate(cov.asOf)}`);
  }

  /**
   * The share of provinces answered against days since the order: a step line, median and 90th
   * percentile marked; {@code others} ([{label, cov}]) overlaid to compare, each its own dash
   * and named at its end, so that no line is told by colour alone.
   */
  function curve(container, cov, others = [], label = '') {
    const lagsOf = c => c.provinces.filter(p => p.responded && p.firstLagDays != null).map(p => p.firstLagDays).sort(d3.ascending);
    const lags = lagsOf(cov);
    const all = [{label, cov, lags}, ...others.map(o => ({label: o.label, cov: o.cov, lags: lagsOf(o.cov)}))];
    const width = 640, height = 280, m = {top: 16, right: others.length ? 120 : 24, bottom: 44, left: 52};
    const maxDay = Math.max(10, d3.max(all, a => d3.max(a.lags) || 0));
    const median = lags.length ? d3.quantileSorted(lags, 0.5) : null;
    const p90 = lags.length ? d3.quantileSorted(lags, 0.9) : null;
    const compared = others.map(o => `; ${o.label}: ${lagsOf(o.cov).length} trên ${o.cov.of}`).join('');
    const s = svg(container, width, height, `Đường phản hồi: ${lags.length} trên ${cov.of} tỉnh có văn bản triển khai có ngày;`
      + (median != null ? ` một nửa trong ${Math.round(median)} ngày, 90% trong ${Math.round(p90)} ngày` : ' chưa tỉnh nào')
      + (others.length ? `. So sánh${compared}.` : '.'))
      .attr('id', 'response-curve');
    const x = d3.scaleLinear().domain([0, maxDay]).range([m.left, width - m.right]).nice();
    // Up to the share reached, in tenths: a curve that stays under 10% is not drawn flat.
    const reached = d3.max(all, a => a.lags.length / a.cov.of);
    const y = d3.scaleLinear().domain([0, Math.min(1, Math.max(0.1, Math.ceil(10 * reached) / 10))])
      .range([height - m.bottom, m.top]);
    s.append('g').attr('transform', `translate(0,${height - m.bottom})`).call(d3.axisBottom(x).ticks(8));
    s.append('g').attr('transform', `translate(${m.left},0)`).call(d3.axisLeft(y).ticks(5).tickFormat(d3.format('.0%')));
    s.append('text').attr('x', (m.left + width - m.right) / 2).attr('y', height - 8).attr('text-anchor', 'middle').attr('font-size', 12)
      .text('Số ngày sau văn bản gốc');
    s.append('text').attr('transform', `translate(14,${(height - m.bottom + m.top) / 2}) rotate(-90)`).attr('text-anchor', 'middle')
      .attr('font-size', 12).text('Tỉnh đã triển khai');
    const dashes = [null, '6 3', '2 3', '8 3 2 3'];
    const ink = ['#00204d', '#6b5d00', '#5a5a5a', '#3b0f70'];
    all.forEach((a, k) => {
      const points = [[0, 0]];
      a.lags.forEach((d, i) => points.push([d, (i + 1) / a.cov.of]));
      points.push([x.domain()[1], a.lags.length / a.cov.of]);
      s.append('path').attr('class', k ? 'curve compared' : 'curve').attr('fill', 'none')
        .attr('stroke', ink[k % ink.length]).attr('stroke-width', 2).attr('stroke-dasharray', dashes[k % dashes.length])
        .attr('d', d3.line().x(d => x(d[0])).y(d => y(d[1])).curve(d3.curveStepAfter)(points));
      if (others.length) {
        s.append('text').attr('class', 'curve-label').attr('x', width - m.right + 6).attr('y', y(a.lags.length / a.cov.of) + 4 + k * 13)
          .attr('font-size', 11).text(a.label);
      }
    });
    for (const [v, name, dash] of [[median, 'trung vị các tỉnh đã triển khai', '4 3'], [p90, '90%', '1 3']]) {
      if (v == null) continue;
      s.append('line').attr('class', 'marker').attr('x1', x(v)).attr('x2', x(v)).attr('y1', m.top).attr('y2', height - m.bottom)
        .attr('stroke', '#7c6b00').attr('stroke-dasharray', dash).attr('stroke-width', 1.5);
      const left = x(v) > width - m.right - 116; // near the right edge: the label goes on the line's left
      s.append('text').attr('x', x(v) + (left ? -4 : 4)).attr('y', m.top + (name === '90%' ? 28 : 12)).attr('font-size', 12)
        .attr('text-anchor', left ? 'end' : 'start').text(`${name}: ${Math.round(v)} ngày`);
    }
  }

  /**
   * The cascade as a picture: a row a document in tree order, indented by depth, its lag from the
   * order as a bar. A row with documents below has a button (HTML, over the picture, as the map's
   * links are) that folds them away; {@code collapsed} holds the keys of the folded rows.
   */
  function tree(container, cascade, collapsed = new Set()) {
    d3.select(container).selectAll('*').remove();
    const children = {};
    for (const b of cascade.branches) (children[b.parent] = children[b.parent] || []).push(b);
    // Each document under the one it implements; among a document's implementers, a province's
    // own first, then the districts and communes of each province under a row of that province.
    const rows = [];
    const local = b => b.document.level === 'district' || b.document.level === 'commune';
    const byName = (a, b) => (a.document.province || '').localeCompare(b.document.province || '', 'vi')
      || String(a.document.date || '').localeCompare(String(b.document.date || ''));
    const below = id => (children[id] || []).reduce((n, b) => n + 1 + below(b.document.id), 0);
    const walk = (parent, indent) => {
      const kids = [...(children[parent] || [])].sort(byName);
      kids.filter(b => !local(b)).forEach(b => {
        const key = b.document.id, hidden = below(key);
        rows.push({b, indent, key, hidden});
        if (!collapsed.has(key)) walk(key, indent + 1);
      });
      const groups = d3.group(kids.filter(local), b => b.document.province || 'Không rõ tỉnh');
      for (const [province, group] of groups) {
        const key = parent + '|' + province;
        rows.push({group: province, count: group.length, indent, key, hidden: group.reduce((n, b) => n + 1 + below(b.document.id), 0)});
        if (collapsed.has(key)) continue;
        group.forEach(b => {
          const k = b.document.id, hidden = below(k);
          rows.push({b, indent: indent + 1, key: k, hidden});
          if (!collapsed.has(k)) walk(k, indent + 2);
        });
      }
    };
    walk(cascade.root.id, 0);
    const rowHeight = 22, labelWidth = 250, width = 700, step = 14, left = 18;
    const top = 26;
    const height = Math.max(top + rowHeight * rows.length + 28, 90);
    const maxLag = Math.max(5, d3.max(rows, r => r.b ? r.b.lagFromRootDays ?? 0 : 0));
    const folded = rows.filter(r => r.hidden && collapsed.has(r.key)).reduce((n, r) => n + r.hidden, 0);
    // The buttons are placed in this box, the picture's own, so that they lie over their rows.
    const box = d3.select(container).append('div').style('position', 'relative').style('max-width', width + 'px');
    const s = svg(box.node(), width, height, `Cây triển khai: ${cascade.branches.length} văn bản dưới văn bản gốc, mỗi văn bản một thanh độ dài`
      + ` bằng số ngày sau văn bản gốc, tô màu theo cấp${folded ? `; ${folded} văn bản đang thu gọn` : ''}. Danh sách bên cạnh có cùng nội dung.`)
      .attr('id', 'cascade-picture');
    const toggles = box.append('div').attr('class', 'tree-toggles');
    const x = d3.scaleLinear().domain([0, maxLag]).range([labelWidth, width - 64]).nice();
    s.append('g').attr('transform', `translate(0,${height - 24})`).call(d3.axisBottom(x).ticks(6));
    rows.forEach((r, i) => {
      const y = top + i * rowHeight;
      const shut = collapsed.has(r.key);
      const more = r.hidden && shut ? ` (+${r.hidden})` : '';
      let name;
      if (r.group) {
        name = `${r.group}: ${r.count} văn bản cấp huyện, xã`;
        s.append('text').attr('class', 'province-group').attr('x', left + r.indent * step).attr('y', y + 14).attr('font-size', 12)
          .attr('font-weight', 600).text(name + more);
      } else {
        const b = r.b;
        const level = b.document.level || 'province';
        name = (b.document.numberSymbol || b.document.id) + (b.document.province ? ' · ' + b.document.province : '');
        const g = s.append('g').attr('class', 'branch').attr('data-id', b.document.id);
        g.append('text').attr('x', left + r.indent * step).attr('y', y + 14).attr('font-size', 12).text(name + more);
        if (b.lagFromRootDays != null) {
          g.append('rect').attr('x', x(0)).attr('y', y + 3).attr('height', rowHeight - 8)
            .attr('width', Math.max(2, x(b.lagFromRootDays) - x(0))).attr('fill', levelColour[level] || '#555');
          g.append('text').attr('x', x(b.lagFromRootDays) + 4).attr('y', y + 14).attr('font-size', 11).text(b.lagFromRootDays + ' ngày');
        }
      }
      if (r.hidden) {
        toggles.append('button').attr('type', 'button').attr('class', 'tree-toggle').attr('data-key', r.key)
          .attr('aria-expanded', String(!shut)).attr('aria-label', `${shut ? 'Mở ra' : 'Thu gọn'} ${r.hidden} văn bản dưới ${name}`)
          .attr('title', shut ? 'Mở ra' : 'Thu gọn').text(shut ? '▸' : '▾')
          .style('left', (100 * (2 + r.indent * step) / width) + '%').style('top', (100 * (y + 3) / height) + '%')
          .style('width', (100 * step / width) + '%').style('height', (100 * (rowHeight - 6) / height) + '%')
          .on('click', () => {
            if (shut) collapsed.delete(r.key); else collapsed.add(r.key);
            tree(container, cascade, collapsed);
            const again = container.querySelector(`.tree-toggle[data-key="${CSS.escape(r.key)}"]`);
            if (again) again.focus();
          });
      }
    });
    const legend = s.append('g').attr('class', 'legend').attr('transform', `translate(4,14)`);
    legend.append('text').attr('font-size', 11).text('Số ngày sau văn bản gốc, theo cấp:');
    Object.entries(levelNames).forEach(([k, v], i) => {
      legend.append('rect').attr('x', 200 + i * 100).attr('y', -9).attr('width', 10).attr('height', 10).attr('fill', levelColour[k]);
      legend.append('text').attr('x', 214 + i * 100).attr('y', 0).attr('font-size', 11).text(v);
    });
  }

  /** The documents of the cascade by date, a row a level. */
  function timeline(container, cascade) {
    const docs = [cascade.root, ...cascade.branches.map(b => b.document)].filter(d => d.date);
    const width = 700, height = 170, m = {left: 90, right: 20, top: 14, bottom: 30};
    const levels = ['central', 'province', 'district', 'commune'];
    const dates = docs.map(d => new Date(d.date));
    const s = svg(container, width, height, `Dòng thời gian: ${docs.length} văn bản có ngày, từ ${vnDate(d3.min(docs, d => d.date))}`
      + ` đến ${vnDate(d3.max(docs, d => d.date))}.`).attr('id', 'timeline');
    if (!docs.length) return;
    const lo = d3.min(dates), hi = d3.max(dates);
    const x = d3.scaleTime().domain([lo, +hi === +lo ? new Date(+lo + 86400000) : hi]).range([m.left, width - m.right]).nice();
    const y = d3.scalePoint().domain(levels).range([m.top, height - m.bottom]).padding(0.5);
    s.append('g').attr('transform', `translate(0,${height - m.bottom})`)
      .call(d3.axisBottom(x).ticks(6).tickFormat(d => `${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()}`));
    s.append('g').attr('transform', `translate(${m.left},0)`).call(d3.axisLeft(y).tickFormat(l => levelNames[l]));
    for (const d of docs) {
      s.append('circle').attr('class', 'event').attr('cx', x(new Date(d.date))).attr('cy', y(d.level || 'province')).attr('r', 5)
        .attr('fill', levelColour[d.level] || '#555').attr('fill-opacity', 0.8)
        .append('title').text(`${d.numberSymbol || d.id}, ${vnDate(d.date)}`);
    }
  }

  return {map, curve, tree, timeline, vnDate, levelNames};
})();
